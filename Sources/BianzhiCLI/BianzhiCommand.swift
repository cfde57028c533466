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
    /// README promises; everything else keeps its own status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                Terminal.error(fullMessage(for: error) + "\n")
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
