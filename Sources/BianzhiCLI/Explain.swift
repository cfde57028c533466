import ArgumentParser
import Bianzhi

/// `bianzhi explain SCENARIO [--unit ID]`: why the allocation is what it is, or why none exists.
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: HelpText.explain.text(CLILanguage.help),
        discussion: HelpText.explainDiscussion.text(CLILanguage.help))

    @Argument(help: ArgumentHelp(HelpText.scenarioFile.text(CLILanguage.help)))
    var scenario: String

    @Option(name: .long, help: ArgumentHelp(HelpText.explainUnit.text(CLILanguage.help)))
    var unit: String?

    @Option(name: .long, help: ArgumentHelp(HelpText.textOrJSON.text(CLILanguage.help)))
    var format: OutputFormat = .text

    @OptionGroup var threadsOption: ThreadsOption
    /// The validated `--threads`.
    var threads: Int { threadsOption.threads }

    @OptionGroup var language: LanguageOption

    func run() throws {
        let loaded: Scenario
        do {
            loaded = try ScenarioLoader.load(path: scenario)
        } catch {
            throw ScenarioReporting.unreadable(error, language.language)
        }
        var unitID: String? = nil
        if let unit {
            switch UnitLookup.find(unit, in: loaded.units) {
            case .unit(let id): unitID = id
            case .ambiguous(let units):
                Terminal.error(RegisterCLIText.ambiguousUnit(query: unit, count: units.count).text(language.language) + "\n")
                for match in units { Terminal.error("  " + [match.id, match.name, match.kind].joined(separator: "  ") + "\n") }
                throw ExitStatus.usage
            case .unknown(let suggestions):
                Terminal.error(RegisterCLIText.unknownUnitName(query: unit, suggestions: suggestions).text(language.language) + "\n")
                throw ExitStatus.usage
            }
        }
        let explanation: Explanation
        do {
            explanation = try Explainer(threads: threads, language: language.language).explain(loaded, unitID: unitID)
        } catch {
            switch error {
            case .invalidScenario(let report): throw ScenarioReporting.invalid(report, language.language)
            case .unknownUnit(let id):
                Terminal.say(.unknownUnit(id: id), language.language)
                throw ExitStatus.usage
            case .solver(let failure): throw ScenarioReporting.internalError("\(failure)", language.language)
            case .failed(let message): throw ScenarioReporting.internalError(message, language.language)
            }
        }
        switch format {
        case .text: print(ExplanationRenderer(explanation, language: language.language).render(), terminator: "")
        case .json: print(ExplanationRenderer.json(explanation), terminator: "")
        }
        if !explanation.feasible { throw ExitStatus.infeasible }
    }
}
