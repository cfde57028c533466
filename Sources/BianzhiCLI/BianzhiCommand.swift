import ArgumentParser
import Bianzhi
import Foundation

/// `bianzhi`: reallocates staffing quotas (编制) with integer programming.
@main
struct BianzhiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bianzhi",
        abstract: HelpText.root.text(CLILanguage.help),
        discussion: HelpText.rootDiscussion.text(CLILanguage.help),
        version: BianzhiVersion.current,
        subcommands: [
            Init.self, Validate.self, Solve.self, Explain.self, Diff.self, Report.self, Export.self, Generate.self, Bench.self,
        ]
    )

    /// Runs the command, mapping usage errors to exit status 2 (ArgumentParser uses 64) as the
    /// README promises, worded in the run's language; everything else keeps its own status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // --help: ArgumentParser's headings in the run's language too.
            if exitCode(for: error) == .success, CLILanguage.help != .en {
                let page = fullMessage(for: error)
                if !page.isEmpty {
                    print(UsageTranslation.translateHelp(page, CLILanguage.help))
                    Foundation.exit(ExitStatus.success.rawValue)
                }
            }
            if exitCode(for: error) == .validationFailure {
                Terminal.error(UsageTranslation.translate(fullMessage(for: error), CLILanguage.help) + "\n")
                Foundation.exit(ExitStatus.usage.rawValue)
            }
            exit(withError: error)
        }
    }
}
