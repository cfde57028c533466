import LinearProgramming

/// The whole scenario as one model (every block together), for export to other solvers and
/// for checking that decomposition does not change the optimum.
///
/// Only the weighted objective is exported: lexicographic tiers are solved by Bianzhi in
/// sequence and have no single-model form.
public struct ModelExport: Sendable {
    /// The monolithic model.
    public let model: Model
    /// Its free-MPS text and label map.
    public let document: MPSDocument

    /// Builds the monolithic model of a validated scenario.
    public init(data: ProblemData) {
        let blocks = Decomposition(scenario: data.scenario, pools: data.pools, floors: data.floors).blocks
        self.model = BlockModel(data: data, blocks: blocks).model
        self.document = MPSWriter.write(model)
    }
}
