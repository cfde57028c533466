/// Where a scenario was read from.
public struct ScenarioSource: Sendable, Equatable {
    /// Path of the YAML file as given by the user.
    public var path: String
    /// FNV-1a 64-bit digest of the scenario's bytes (YAML and CSV), hex; identifies the input
    /// of a result without storing it.
    public var digest: String
    /// What the loader noticed without refusing the file (the encoding it read, register
    /// columns it ignored, total rows it skipped); the validator reports them first.
    public var warnings: [Diagnostic]

    /// Creates a source description.
    public init(path: String, digest: String, warnings: [Diagnostic] = []) {
        self.path = path
        self.digest = digest
        self.warnings = warnings
    }
}
