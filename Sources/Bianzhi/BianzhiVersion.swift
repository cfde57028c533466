/// The version `bianzhi --version` prints; bumped with each release.
public enum BianzhiVersion {
    /// Semantic version of the tool.
    public static let current = "0.9.0"
}
