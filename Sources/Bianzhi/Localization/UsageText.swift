/// Usage errors (catalogue area: command line). ArgumentParser words them in English; the
/// command translates the ones it recognises (BianzhiCLI/UsageTranslation.swift) so that a
/// planner who mistypes a command reads Chinese too.
public enum UsageText: Localizable, Equatable {
    case error(String)
    case missingArgument(String)
    case unknownOption(String, suggestion: String?)
    case unexpectedArgument(String)
    case invalidValue(String, option: String, choices: String?)
    case missingValue(option: String)
    case help(String)
    case usage(String)
    case seeHelp(command: String)
    case seeSubcommandHelp(command: String)

    public var bilingual: Bilingual {
        switch self {
        case .error(let message): return Bilingual(zh: "错误：\(message)", en: "Error: \(message)")
        case .missingArgument(let name): return Bilingual(zh: "缺少参数 \(name)", en: "Missing expected argument '\(name)'")
        case .unknownOption(let name, let suggestion):
            return Bilingual(
                zh: "无法识别的选项 \(name)" + (suggestion.map { "（是否应为 \($0)？）" } ?? ""),
                en: "Unknown option '\(name)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""))
        case .unexpectedArgument(let value): return Bilingual(zh: "多余的参数 \(value)", en: "Unexpected argument '\(value)'")
        case .invalidValue(let value, let option, let choices):
            return Bilingual(
                zh: "\(option) 的值 \(value) 无效" + (choices.map { "，可选：\($0)" } ?? ""),
                en: "The value '\(value)' is invalid for '\(option)'" + (choices.map { ". Please provide one of \($0)." } ?? ""))
        case .missingValue(let option): return Bilingual(zh: "\(option) 缺少值", en: "Missing value for '\(option)'")
        case .help(let text): return Bilingual(zh: "说明：\(text)", en: "Help: \(text)")
        case .usage(let text): return Bilingual(zh: "用法：\(text)", en: "Usage: \(text)")
        case .seeSubcommandHelp(let command):
            return Bilingual(zh: "  运行 `\(command) help <子命令>` 查看各子命令的说明。", en: "  See '\(command) help <subcommand>' for detailed help.")
        case .seeHelp(let command): return Bilingual(zh: "  运行 `\(command) --help` 查看完整说明。", en: "  See '\(command) --help' for more information.")
        }
    }
}
