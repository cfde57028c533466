import ArgumentParser
import Bianzhi
import Foundation

/// `--lang zh|en`, shared by every command. Without it the locale decides
/// (``Language/fromEnvironment(_:)``: LC_ALL, LC_MESSAGES, LANG; Chinese when none is set).
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.lang.text(CLILanguage.help), valueName: "zh|en"))
    var lang: Language?

    /// The language of this run.
    var language: Language { lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment) }
}

extension Language: ExpressibleByArgument {}

/// The language of help texts, which ArgumentParser builds before parsing: `--lang` read
/// straight from the command line, else the locale.
enum CLILanguage {
    static let help = Language.resolve(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)
}
