import ArgumentParser
import Bianzhi

/// `bianzhi`: reallocates staffing quotas (编制) with integer programming.
@main
struct BianzhiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bianzhi",
        abstract: "Reallocate staffing quotas (编制) under fixed totals with integer programming.",
        discussion: """
            Exit status: 0 solved; 1 infeasible (explanation printed); 2 usage; \
            65 invalid scenario; 70 internal error.
            """,
        subcommands: [Validate.self, Solve.self, Export.self, Generate.self, Bench.self]
    )
}
