import Bianzhi
import Testing

/// What Excel needs from our CSV files.
@Suite("CSV writer")
struct CSVWriterTests {
    @Test("fields with separators, quotes, line breaks or edge spaces are quoted; others are not")
    func quoting() {
        #expect(CSVWriter.escape("县委办") == "县委办")
        #expect(CSVWriter.escape("a,b") == "\"a,b\"")
        #expect(CSVWriter.escape("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.escape("line\nbreak") == "\"line\nbreak\"")
        #expect(CSVWriter.escape("windows\r\nbreak") == "\"windows\r\nbreak\"")
        #expect(CSVWriter.escape(" padded") == "\" padded\"")
        #expect(CSVWriter.escape("padded ") == "\"padded \"")
    }

    @Test("a document starts with the BOM and ends every record with CRLF")
    func document() {
        var csv = CSVWriter(header: ["id", "名称"])
        csv.append(["1", "城关镇"])
        #expect(csv.text == "\u{FEFF}id,名称\r\n1,城关镇\r\n")
    }
}

extension CSVWriterTests {
    @Test("text Excel would run as a formula is neutralised; numbers are not")
    func formulaInjection() {
        var csv = CSVWriter(header: ["name", "change"])
        csv.append(["=HYPERLINK(\"http://x\",\"点我\")", "-3"])
        csv.append(["@SUM(A1)", "+2"])
        csv.append(["-县委办", "-0.5"])
        csv.append(["县委办", "0"])
        #expect(csv.text == "\u{FEFF}name,change\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",-3\r\n'@SUM(A1),+2\r\n'-县委办,-0.5\r\n县委办,0\r\n")
    }
}
