/// A model written as free MPS, with the map from the generated identifiers back to the
/// model's names.
public struct MPSDocument: Sendable {
    /// One generated identifier and the model name it stands for.
    public struct Label: Sendable, Equatable {
        /// The identifier used in the MPS text (`OBJ`, `R1`…, `C1`…).
        public var identifier: String
        /// The variable's, constraint's or objective's name in the model.
        public var name: String

        /// Makes a label.
        public init(identifier: String, name: String) {
            self.identifier = identifier
            self.name = name
        }
    }

    /// The free MPS file contents.
    public var text: String
    /// Identifier → name, objective first, then rows, then columns.
    public var labels: [Label]

    /// Makes a document.
    public init(text: String, labels: [Label]) {
        self.text = text
        self.labels = labels
    }

    /// The labels as `identifier<TAB>name` lines, for a sidecar file next to the MPS file.
    ///
    /// Backslash, tab, newline and carriage return in names are written as `\\`, `\t`,
    /// `\n`, `\r` so every label stays on one line with exactly one tab.
    public var labelMapText: String {
        labels.map { "\($0.identifier)\t\(Self.escape($0.name))\n" }.joined()
    }

    private static func escape(_ name: String) -> String {
        var result = ""
        for character in name {
            switch character {
            case "\\": result += "\\\\"
            case "\t": result += "\\t"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\r\n": result += "\\r\\n"
            default: result.append(character)
            }
        }
        return result
    }
}
