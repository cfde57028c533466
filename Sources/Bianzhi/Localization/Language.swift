/// The language Bianzhi speaks to the planner: Chinese (the product's first language) or English.
///
/// Chosen once per run — by `--lang`, else by the locale environment — and passed to every
/// renderer; nothing reads the environment behind the caller's back, so tests and libraries
/// choose explicitly.
public enum Language: String, Sendable, Equatable, CaseIterable, Codable {
    /// Planner Chinese (编制数, 实有人数, 空编, 超编, 核减 …).
    case zh
    /// Plain English.
    case en

    /// The language when no locale variable is set: Chinese. Bianzhi is written for Chinese
    /// staffing offices (编办), and a bare shell (cron, CI, a container) has no locale to go by.
    public static let unsetDefault: Language = .zh

    /// The language the POSIX locale variables ask for: the first of `LC_ALL`, `LC_MESSAGES`
    /// and `LANG` that is set and not empty decides (the order in which POSIX lets them
    /// override each other); `zh…` (zh_CN.UTF-8, zh_TW, zh) means Chinese, any other value
    /// (en_US.UTF-8, C, POSIX) English; none set means ``unsetDefault``.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return unsetDefault
    }

    /// The language of a command line before it is parsed: the value of the last
    /// `--lang X` / `--lang=X`, else the environment's. Help texts are built before parsing,
    /// so they need the choice this early; an unknown value falls back to the environment
    /// (the parser reports it).
    public static func resolve(arguments: [String], environment: [String: String]) -> Language {
        var chosen: Language? = nil
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                chosen = Language(rawValue: arguments[index + 1]) ?? chosen
                index += 1
            } else if argument.hasPrefix("--lang=") {
                chosen = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? chosen
            }
            index += 1
        }
        return chosen ?? fromEnvironment(environment)
    }
}
