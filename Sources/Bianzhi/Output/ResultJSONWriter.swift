import Foundation
/// Renders a ``SolveResult`` as `result.json`, byte for byte what Foundation's `JSONEncoder`
/// with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` writes, plus a final newline.
///
/// Why it exists: on a 63,000-unit province `JSONEncoder` took ~1.1 s (boxing every value
/// into its intermediate tree, then sorting keys), the slowest phase of a solve. This is one
/// pass over the value straight into a byte buffer (appending to a `String` piece by piece
/// was still 0.6 s), turned into a `String` once at the end. `ResultJSONWriterTests` checks it against
/// `JSONEncoder` on shipped, generated and hostile results; keep the two in step when the
/// result format changes — a new field must be added here, in sorted position.
///
/// The formatting it reproduces (found by experiment on Swift 6.3 / Linux):
/// - two-space indentation, `" : "` between key and value, `,` at line ends;
/// - an empty array or object is `[`, an empty line, then `]` at the container's indentation;
/// - keys sorted by UTF-8 bytes (so `B` < `_` < `a`; `"10"` < `"9"`; no normalisation);
/// - a `nil` optional is left out (synthesized `encodeIfPresent`);
/// - strings: `"` and `\` escaped, `\b \t \n \f \r` short forms, other U+0000–U+001F as
///   `\u00xx` (lower-case hex); `/`, U+007F, U+2028/2029 and all non-ASCII written as is;
/// - numbers: `Int.description`; `Double.description` with a trailing `.0` removed
///   (`12`, `-0`, `0.1`, `1e-07`, `1e+21`, `1000000000000000`).
///
/// NaN and infinities have no JSON form; `JSONEncoder` throws on them and the old `try!`
/// trapped. Results only hold finite numbers, so a non-finite one is a programming error
/// and traps here too, naming the value, rather than writing a file that cannot be read back.
struct ResultJSONWriter {
    private var out: [UInt8] = []
    private var depth = 0
    /// No member written yet in the innermost open container.
    private var empty = true

    /// The full text of `result.json` for `result`, ending with a newline.
    static func render(_ result: SolveResult) -> String {
        String(decoding: bytes(result), as: UTF8.self)
    }

    /// The bytes of ``render(_:)``, without building the text first: on a country's 1.1 M
    /// units the file is about 1 GB, and every copy counts against the memory target.
    static func data(_ result: SolveResult) -> Data {
        Data(bytes(result))
    }

    private static func bytes(_ result: SolveResult) -> [UInt8] {
        var writer = ResultJSONWriter()
        // About 760 bytes per unit and 330 per transfer on a generated province.
        writer.out.reserveCapacity(4096 + result.units.count * 900 + result.transfers.count * 400)
        writer.write(result)
        writer.out.append(0x0A)
        return writer.out
    }

    // MARK: Result types (keys in UTF-8 byte order)

    private mutating func write(_ r: SolveResult) {
        open(0x7B)
        key("channels"); array(r.channels) { $0.write($1) }
        key("formatVersion"); number(r.formatVersion)
        if let gap = r.gap { key("gap"); number(gap) }
        key("objective"); write(r.objective)
        if let policy = r.policy { key("policy"); array(policy) { $0.string($1) } }
        key("pools"); array(r.pools) { $0.write($1) }
        key("priorityClasses"); array(r.priorityClasses) { $0.write($1) }
        key("provenOptimal"); bool(r.provenOptimal)
        key("scenario"); write(r.scenario)
        key("shareFloors"); array(r.shareFloors) { $0.write($1) }
        key("staffing"); array(r.staffing) { $0.write($1) }
        key("statistics"); write(r.statistics)
        key("status"); string(r.status)
        key("totals"); write(r.totals)
        key("transfers"); array(r.transfers) { $0.write($1) }
        key("units"); array(r.units) { $0.write($1) }
        if let years = r.years { key("years"); array(years) { $0.write($1) } }
        close(0x7D)
    }

    private mutating func write(_ y: SolveResult.YearResult) {
        open(0x7B)
        key("totals"); write(y.totals)
        key("transfers"); array(y.transfers) { $0.write($1) }
        key("units"); array(y.units) { $0.write($1) }
        key("year"); number(y.year)
        close(0x7D)
    }

    private mutating func write(_ t: SolveResult.YearTotals) {
        open(0x7B)
        key("cut"); number(t.cut)
        key("departures"); number(t.departures)
        key("gained"); number(t.gained)
        key("overQuota"); number(t.overQuota)
        key("overQuotaUnits"); number(t.overQuotaUnits)
        key("peopleInPost"); number(t.peopleInPost)
        key("quota"); number(t.quota)
        key("recruitment"); number(t.recruitment)
        key("vacancy"); number(t.vacancy)
        close(0x7D)
    }

    private mutating func write(_ u: SolveResult.UnitYear) {
        open(0x7B)
        key("change"); number(u.change)
        key("departures"); number(u.departures)
        key("id"); string(u.id)
        key("overQuota"); number(u.overQuota)
        key("peopleInPost"); number(u.peopleInPost)
        key("quota"); number(u.quota)
        key("recruitmentCeiling"); number(u.recruitmentCeiling)
        key("vacancy"); number(u.vacancy)
        close(0x7D)
    }

    private mutating func write(_ s: SolveResult.ScenarioSummary) {
        open(0x7B)
        if let date = s.date { key("date"); string(date) }
        key("digest"); string(s.digest)
        key("horizonYears"); number(s.horizonYears)
        key("kinds"); array(s.kinds) { $0.write($1) }
        key("name"); string(s.name)
        if let office = s.office { key("office"); string(office) }
        key("path"); string(s.path)
        key("regions"); array(s.regions) { $0.write($1) }
        close(0x7D)
    }

    private mutating func write(_ n: SolveResult.NamedItem) {
        open(0x7B)
        key("id"); string(n.id)
        key("name"); string(n.name)
        close(0x7D)
    }

    private mutating func write(_ o: SolveResult.ObjectiveSummary) {
        open(0x7B)
        key("channels"); number(o.channels)
        key("excess"); number(o.excess)
        key("moves"); number(o.moves)
        key("penalties"); number(o.penalties)
        key("shortfall"); number(o.shortfall)
        key("total"); number(o.total)
        key("transferCost"); number(o.transferCost)
        close(0x7D)
    }

    private mutating func write(_ u: SolveResult.UnitResult) {
        open(0x7B)
        key("attrition"); number(u.attrition)
        key("change"); number(u.change)
        key("department"); string(u.department)
        key("departuresRelied"); number(u.departuresRelied)
        key("headcount"); number(u.headcount)
        key("id"); string(u.id)
        key("kind"); string(u.kind)
        key("level"); string(u.level.rawValue)
        key("locked"); bool(u.locked)
        key("lowerBound"); number(u.lowerBound)
        key("lowerReason"); string(u.lowerReason)
        if let maximum = u.maxQuota { key("maxQuota"); number(maximum) }
        if let minimum = u.minQuota { key("minQuota"); number(minimum) }
        key("name"); string(u.name)
        if let need = u.need { key("need"); number(need) }
        if let basis = u.needBasis { key("needBasis"); write(basis) }
        key("newQuota"); number(u.newQuota)
        key("pool"); string(u.pool)
        key("quota"); number(u.quota)
        if let reason = u.reason { key("reason"); string(reason) }
        key("region"); string(u.region)
        key("shortfallAfter"); number(u.shortfallAfter)
        key("shortfallBefore"); number(u.shortfallBefore)
        key("staffing"); write(u.staffing)
        key("tags"); array(u.tags) { $0.string($1) }
        key("upperBound"); number(u.upperBound)
        key("upperReason"); string(u.upperReason)
        close(0x7D)
    }

    private mutating func write(_ b: NeedBasis) {
        open(0x7B)
        key("base"); number(b.base)
        key("derivedNeed"); number(b.derivedNeed)
        key("driver"); string(b.driver)
        key("driverValue"); number(b.driverValue)
        if let explicit = b.explicitNeed { key("explicitNeed"); number(explicit) }
        key("factor"); number(b.factor)
        key("formula"); string(b.formula.rawValue)
        if let source = b.source { key("source"); string(source) }
        key("standard"); string(b.standard)
        close(0x7D)
    }

    private mutating func write(_ p: SolveResult.PoolResult) {
        open(0x7B)
        key("allocated"); number(p.allocated)
        key("cancelled"); number(p.cancelled)
        key("currentTotal"); number(p.currentTotal)
        key("kind"); string(p.kind)
        key("received"); number(p.received)
        key("reserveHeld"); number(p.reserveHeld)
        key("scope"); string(p.scope)
        key("sent"); number(p.sent)
        key("staffing"); write(p.staffing)
        key("total"); number(p.total)
        key("units"); number(p.units)
        close(0x7D)
    }

    private mutating func write(_ f: StaffingFigures) {
        open(0x7B)
        key("overQuotaAfter"); number(f.overQuotaAfter)
        key("overQuotaBefore"); number(f.overQuotaBefore)
        key("vacancyAfter"); number(f.vacancyAfter)
        key("vacancyBefore"); number(f.vacancyBefore)
        close(0x7D)
    }

    private mutating func write(_ g: StaffingGroup) {
        open(0x7B)
        key("by"); string(g.by.rawValue)
        key("headcount"); number(g.headcount)
        key("id"); string(g.id)
        key("name"); string(g.name)
        key("quotaAfter"); number(g.quotaAfter)
        key("quotaBefore"); number(g.quotaBefore)
        key("staffing"); write(g.staffing)
        key("units"); number(g.units)
        close(0x7D)
    }

    private mutating func write(_ c: SolveResult.ChannelResult) {
        open(0x7B)
        key("amount"); number(c.amount)
        key("cap"); number(c.cap)
        key("cost"); number(c.cost)
        key("from"); string(c.from)
        key("kind"); string(c.kind)
        key("to"); string(c.to)
        close(0x7D)
    }

    private mutating func write(_ f: SolveResult.ShareFloorResult) {
        open(0x7B)
        key("after"); number(f.after)
        key("before"); number(f.before)
        key("hard"); bool(f.hard)
        key("kind"); string(f.kind)
        key("name"); string(f.name)
        key("required"); number(f.required)
        key("scope"); string(f.scope)
        key("shareAfter"); number(f.shareAfter)
        key("shareBefore"); number(f.shareBefore)
        key("short"); number(f.short)
        close(0x7D)
    }

    private mutating func write(_ p: SolveResult.PriorityClassResult) {
        open(0x7B)
        key("name"); string(p.name)
        key("need"); number(p.need)
        if let floor = p.needFloor { key("needFloor"); number(floor) }
        key("shortfallAfter"); number(p.shortfallAfter)
        key("shortfallBefore"); number(p.shortfallBefore)
        key("tag"); string(p.tag)
        key("units"); number(p.units)
        key("weight"); number(p.weight)
        close(0x7D)
    }

    private mutating func write(_ t: SolveResult.TransferResult) {
        open(0x7B)
        key("amount"); number(t.amount)
        key("from"); string(t.from)
        key("fromName"); string(t.fromName)
        key("kind"); string(t.kind)
        key("lane"); string(t.lane.rawValue)
        key("to"); string(t.to)
        key("toName"); string(t.toName)
        key("via"); array(t.via) { $0.string($1) }
        close(0x7D)
    }

    private mutating func write(_ t: SolveResult.Totals) {
        open(0x7B)
        key("byKind"); array(t.byKind) { $0.write($1) }
        key("cancelled"); number(t.cancelled)
        key("cut"); number(t.cut)
        key("departuresRelied"); number(t.departuresRelied)
        key("gained"); number(t.gained)
        key("reserveHeld"); number(t.reserveHeld)
        key("shortfallAfter"); number(t.shortfallAfter)
        key("shortfallBefore"); number(t.shortfallBefore)
        key("staffing"); write(t.staffing)
        key("unitsChanged"); number(t.unitsChanged)
        close(0x7D)
    }

    private mutating func write(_ k: SolveResult.KindTotal) {
        open(0x7B)
        key("after"); number(k.after)
        key("before"); number(k.before)
        key("kind"); string(k.kind)
        key("name"); string(k.name)
        close(0x7D)
    }

    private mutating func write(_ s: SolveResult.Statistics) {
        open(0x7B)
        key("blocks"); number(s.blocks)
        key("columns"); number(s.columns)
        key("integerColumns"); number(s.integerColumns)
        key("nonzeros"); number(s.nonzeros)
        key("pools"); number(s.pools)
        key("rows"); number(s.rows)
        key("seconds")
        open(0x7B)
        for (name, value) in s.seconds.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            separate()
            string(name)
            out.append(contentsOf: " : ".utf8)
            number(value)
        }
        close(0x7D)
        key("threads"); number(s.threads)
        key("units"); number(s.units)
        close(0x7D)
    }

    // MARK: Layout

    private mutating func newline() {
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: 2 * depth))
    }

    private mutating func open(_ bracket: UInt8) {
        out.append(bracket)
        depth += 1
        empty = true
    }

    /// Closes the innermost container; the enclosing one has a member (this one) by now.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if empty { out.append(0x0A) }
        newline()
        out.append(bracket)
        empty = false
    }

    /// Starts a member of the innermost container on its own line.
    private mutating func separate() {
        if !empty { out.append(0x2C) }
        empty = false
        newline()
    }

    /// A key of one of the result types: plain ASCII identifiers, so no escaping.
    private mutating func key(_ name: String) {
        separate()
        out.append(0x22)
        out.append(contentsOf: name.utf8)
        out.append(contentsOf: "\" : ".utf8)
    }

    private mutating func array<Element>(_ items: [Element], _ element: (inout ResultJSONWriter, Element) -> Void) {
        open(0x5B)
        for item in items {
            separate()
            element(&self, item)
        }
        close(0x5D)
    }

    // MARK: Scalars

    private mutating func bool(_ value: Bool) {
        out.append(contentsOf: (value ? "true" : "false").utf8)
    }

    private mutating func number(_ value: Int) {
        out.append(contentsOf: value.description.utf8)
    }

    private mutating func number(_ value: Double) {
        precondition(value.isFinite, "result.json cannot hold the non-finite number \(value)")
        let text = value.description
        let utf8 = text.utf8
        if utf8.count >= 2, text.hasSuffix(".0") {
            out.append(contentsOf: utf8.dropLast(2))
        } else {
            out.append(contentsOf: utf8)
        }
    }

    private mutating func string(_ value: String) {
        out.append(0x22)
        let utf8 = value.utf8
        if !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            out.append(contentsOf: utf8)
        } else {
            // Bytes of multi-byte UTF-8 sequences are all ≥ 0x80, so a byte scan is exact.
            for byte in utf8 {
                switch byte {
                case 0x22: out.append(contentsOf: #"\""#.utf8)
                case 0x5C: out.append(contentsOf: #"\\"#.utf8)
                case 0x08: out.append(contentsOf: #"\b"#.utf8)
                case 0x09: out.append(contentsOf: #"\t"#.utf8)
                case 0x0A: out.append(contentsOf: #"\n"#.utf8)
                case 0x0C: out.append(contentsOf: #"\f"#.utf8)
                case 0x0D: out.append(contentsOf: #"\r"#.utf8)
                case 0..<0x20:
                    out.append(contentsOf: (byte < 0x10 ? #"\u000"# : #"\u001"#).utf8)
                    out.append(contentsOf: String(byte & 0xF, radix: 16).utf8)
                default: out.append(byte)
                }
            }
        }
        out.append(0x22)
    }
}
