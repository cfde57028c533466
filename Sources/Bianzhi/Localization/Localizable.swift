/// One entry of Bianzhi's message catalogue: a user-facing text in Chinese and in English.
///
/// The catalogue is this folder (Sources/Bianzhi/Localization/): one enum per area
/// (``CLIMessage``, ``DiagnosticMessage``, ``DiagnosticFix``, ``SummaryText`` …) whose cases
/// are the messages, with the values they show as associated values. Renderers and commands
/// never write user-facing words themselves; they pick a case and call ``text(_:)``.
///
/// ## Adding an entry
/// 1. Add a case to the enum of the area, e.g. `case unknownUnit(id: String)`; values are
///    associated values, never pre-formatted sentences.
/// 2. Give its text in the enum's `bilingual` switch:
///    `case .unknownUnit(let id): Bilingual(zh: "没有编号为“\(id)”的单位", en: "no unit has the id \"\(id)\"")`.
///    The switch is exhaustive and ``Bilingual`` takes both languages, so the compiler refuses
///    an entry without both. Chinese uses planners' words (编制数, 实有人数, 空编, 超编, 核减,
///    划转, 周转池, 下沉, 上收, 调剂) and no English; English is plain English with no Chinese.
/// 3. Add one sample value to `CatalogueSamples` in Tests/BianzhiTests/Localization/:
///    `CatalogueTests` checks that every declared case has a sample and renders non-empty,
///    different texts in both languages (Chinese without English phrases, English without
///    Chinese outside backticks).
/// 4. Take the `Language` from the caller (`--lang` or the locale, resolved once by the
///    command) and call `entry.text(language)`; `NoStringEscapesTests` scans the printing,
///    rendering and diagnosing folders for literal words that bypass the catalogue.
public protocol Localizable: Sendable {
    /// The entry in both languages.
    var bilingual: Bilingual { get }
}

extension Localizable {
    /// The entry in one language.
    public func text(_ language: Language) -> String { bilingual.text(language) }
}

/// A text in both languages; every catalogue entry builds one.
public struct Bilingual: Sendable, Equatable {
    /// Chinese.
    public var zh: String
    /// English.
    public var en: String

    /// A text in both languages (both are required: that is the point).
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .zh: return zh
        case .en: return en
        }
    }
}
