import ArgumentParser
import Bianzhi

/// `--threads N`, shared by `solve`, `explain` and `bench`: how many blocks (independent parts
/// of a scenario) are solved at once. Checked once here (at least 1) for every command; an
/// option group validates itself when it is parsed.
struct ThreadsOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(HelpText.threads.text(CLILanguage.help)))
    var threads: Int = SolveOptions.defaultThreads

    func validate() throws {
        // The run's language: `--lang` from the command line, else the locale, as LanguageOption.
        if threads < 1 { throw ValidationError(CLIMessage.atLeastOne(option: "--threads").text(CLILanguage.help)) }
    }
}
