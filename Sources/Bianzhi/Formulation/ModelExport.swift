import LinearProgramming

/// The whole scenario as one model (every block together), for export to other solvers and
/// for checking that decomposition does not change the optimum.
///
/// Only the weighted objective is exported: lexicographic tiers are solved by Bianzhi in
/// sequence and have no single-model form. A multi-year scenario exports its time-expanded
/// model (every year's columns, named `…@year`).
public struct ModelExport: Sendable {
    /// The monolithic model.
    public let model: Model
    /// Its free-MPS text and label map.
    public let document: MPSDocument

    /// Builds the monolithic model of a validated scenario; throws when the model fails
    /// ``LinearProgramming/Model/validate()`` (which a validated scenario never makes).
    public init(data: ProblemData) throws(SolverError) {
        let blocks = Decomposition(scenario: data.scenario, pools: data.pools, floors: data.floors).blocks
        self.model = BlockModel.forPlan(data, blocks: blocks).model
        self.document = try MPSWriter.write(model)
    }

    /// The two files of `export --mps NAME`: `NAME.labels.tsv`, then `NAME` itself, whose first
    /// line is an MPS comment naming the label file and its FNV-1a digest. The files are
    /// replaced one by one (``AtomicFileSet/writeEach(in:)``), labels first and the model last,
    /// so each is whole; the digest tells whether a pair belongs together (a run killed between
    /// the two renames leaves new labels beside the old model, and the digests differ).
    public func fileSet(name: String) -> AtomicFileSet {
        let labels = document.labelMapText
        var digest = FNV1a()
        digest.update(labels.utf8)
        var files = AtomicFileSet()
        files.add(name + ".labels.tsv", text: labels)
        files.add(name, text: "* labels: \(Self.labelLine(name)) fnv1a-64 \(digest.hex)\n" + document.text)
        return files
    }

    /// The label file's name as an MPS comment can hold it (ASCII, one line).
    private static func labelLine(_ name: String) -> String {
        String((name + ".labels.tsv").unicodeScalars.map { $0.isASCII && $0.value >= 0x20 ? Character($0) : "?" })
    }
}
