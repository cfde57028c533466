/// The fixed words of ArgumentParser's `--help` page (catalogue area: help); English is
/// ArgumentParser's own wording, which the command matches to translate.
public enum HelpHeading: String, Localizable, CaseIterable {
    case overview = "OVERVIEW:"
    case usage = "USAGE:"
    case arguments = "ARGUMENTS:"
    case options = "OPTIONS:"
    case subcommands = "SUBCOMMANDS:"
    case showHelp = "Show help information."
    case defaultValue = "default:"
    case values = "values:"

    public var bilingual: Bilingual {
        switch self {
        case .overview: return Bilingual(zh: "简介：", en: rawValue)
        case .usage: return Bilingual(zh: "用法：", en: rawValue)
        case .arguments: return Bilingual(zh: "参数：", en: rawValue)
        case .options: return Bilingual(zh: "选项：", en: rawValue)
        case .subcommands: return Bilingual(zh: "子命令：", en: rawValue)
        case .showHelp: return Bilingual(zh: "显示帮助。", en: rawValue)
        case .defaultValue: return Bilingual(zh: "默认：", en: rawValue)
        case .values: return Bilingual(zh: "可选：", en: rawValue)
        }
    }
}
