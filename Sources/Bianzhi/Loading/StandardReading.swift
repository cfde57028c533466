import Yams

/// Reading of `standards:` entries and of a YAML unit's `drivers:` mapping (staffing
/// standards, 编制标准): the loader's shape checks for them, every problem located.
extension SectionReader {
    /// One `standards:` entry: `name`, a selection (`tag` and/or `level`, optional `kind`),
    /// `driver`, exactly one of `ratio` / `perDriver` / `per10000` (each > 0), optional `base`
    /// and `source`.
    mutating func readStandard(_ node: Node, _ path: String) -> NeedStandard? {
        let formulaKeys = NeedStandard.FormulaKey.allCases.map(\.rawValue)
        guard let f = reader.fields(
            of: node, at: path,
            known: ["name", "tag", "level", "kind", "driver"] + formulaKeys + ["base", "source"],
            required: ["name", "driver"],
            example: "{name: 小学教职工编制标准, tag: 小学, driver: 在校生数, ratio: 19}")
        else { return nil }
        let before = reader.diagnostics.count
        let name = reader.text(f, "name"), tag = reader.text(f, "tag"), level = reader.level(f, "level")
        let kind = reader.text(f, "kind"), driver = reader.text(f, "driver"), source = reader.text(f, "source")
        if f["tag"] == nil && f["level"] == nil {
            reader.error(node, path, .standard(.noSelection), fix: .standard(.selectUnits))
        }
        let written = formulaKeys.filter { f[$0] != nil }
        var formula: NeedStandard.Formula? = nil
        if written.count != 1 {
            reader.error(node, path, .standard(.formulaCount(written: written)), fix: .standard(.writeOneFormula))
        } else if let key = NeedStandard.FormulaKey(rawValue: written[0]),
                  let value = reader.number(f, key.rawValue, fix: .standard(.positiveFactor(key: key.rawValue)))
        {
            if value > 0 {
                switch key {
                case .ratio: formula = .ratio(value)
                case .perDriver: formula = .perDriver(value)
                case .per10000: formula = .per10000(value)
                }
            } else {
                reader.error(
                    f[key.rawValue], f.path(key.rawValue), value: YAMLNodeReader.text(f[key.rawValue]!),
                    .notPositive(key: key.rawValue), fix: .standard(.positiveFactor(key: key.rawValue)))
            }
        }
        let base = reader.number(f, "base", fix: .standard(.checkDriverAndFactor))
        guard reader.diagnostics.count == before, let name, let driver, let formula else { return nil }
        return NeedStandard(
            name: name, selector: UnitSelector(level: level, tag: tag), kind: kind,
            driver: DriverNames.canonicalOrWritten(driver), formula: formula, base: base ?? 0, source: source,
            location: location(node))
    }

    /// A YAML unit's `drivers: {在校生数: 1140, 床位数: 80}`: finite numbers ≥ 0 by driver name.
    /// A driver no standard names and no known driver is called is an error (a typo would
    /// otherwise leave the unit without its driver).
    mutating func readDrivers(_ node: Node, _ path: String) -> [String: Double] {
        guard case .mapping(let mapping) = node else {
            reader.error(node, path, value: YAMLNodeReader.shape(node), .notMapping,
                         fix: .writeAsMapping(example: "{在校生数: 1140}"))
            return [:]
        }
        var drivers: [String: Double] = [:]
        for (keyNode, valueNode) in mapping {
            guard let written = YAMLNodeReader.text(keyNode) else {
                reader.error(keyNode, path, value: YAMLNodeReader.shape(keyNode), .keyNotText,
                             fix: .standard(.useDeclaredDriver(known: declaredDrivers)))
                continue
            }
            let name = DriverNames.canonicalOrWritten(written)
            let field = "\(path).\(written)"
            guard DriverNames.canonical(written) != nil || declaredDrivers.contains(name) else {
                let candidates = declaredDrivers + DriverNames.known.map(\.canonical)
                reader.error(keyNode, field, value: written,
                             .standard(.undeclaredDriver(suggestion: KeySuggestion.closest(to: name, in: candidates))),
                             fix: .standard(.useDeclaredDriver(known: Self.unique(candidates))))
                continue
            }
            let text = YAMLNodeReader.text(valueNode) ?? YAMLNodeReader.shape(valueNode)
            guard let value = ScalarParsing.number(FullWidth.asciiDigits(text)) else {
                reader.error(valueNode, field, value: text, ScalarParsing.numberProblem(written, text),
                             fix: .standard(.driverNumber(driver: name)))
                continue
            }
            drivers[name] = value
        }
        return drivers
    }

    /// Names once each, in first-seen order.
    static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0).inserted }
    }
}
