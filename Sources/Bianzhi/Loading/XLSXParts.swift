import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

// The SAX delegates that read the XML parts of an .xlsx workbook for ``XLSXSheetReader``:
// streaming, so a sheet of many thousand rows is never held as a tree.

/// Collects the attributes of the named elements of an XML part (sheets, relationships).
final class ElementCollector: NSObject, XMLParserDelegate {
    struct Element { var attributes: [String: String] }
    let wanted: Set<String>
    var elements: [Element] = []

    init(data: Data, elements: Set<String>) {
        wanted = elements
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        _ = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement qualified: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if wanted.contains(XLSXSheetReader.localName(qualified)) { elements.append(Element(attributes: attributes)) }
    }
}

/// The shared-string table: `<si>` items, each the text of its `<t>` runs (phonetic `<rPh>`
/// runs, which Excel stores for Japanese readings, are left out).
final class SharedStringsParser: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var phonetic = 0

    init(data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        _ = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement qualified: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch XLSXSheetReader.localName(qualified) {
        case "si": current = ""
        case "rPh": phonetic += 1
        case "t": inText = phonetic == 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement qualified: String, namespaceURI: String?, qualifiedName: String?) {
        switch XLSXSheetReader.localName(qualified) {
        case "si": strings.append(current)
        case "rPh": phonetic -= 1
        case "t": inText = false
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

/// A worksheet's `<sheetData>`: rows of cells placed by their references, gaps left empty.
final class SheetParser: NSObject, XMLParserDelegate {
    let sharedStrings: [String]
    var rows: [CSVTable.Record] = []
    /// What stopped the parse, if anything.
    enum Problem { case damaged, badReference(String), missingSharedString(cell: String) }
    var problem: Problem?

    private var rowNumber = 0
    private var cells: [Int: String] = [:]
    private var cellColumn = 0
    private var cellType = "n"
    private var text = ""
    private var collecting = false
    private var nextColumn = 0

    init(data: Data, sharedStrings: [String]) {
        self.sharedStrings = sharedStrings
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        if !parser.parse(), problem == nil {
            problem = .damaged
        }
    }

    func parser(_ parser: XMLParser, didStartElement qualified: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        switch XLSXSheetReader.localName(qualified) {
        case "row":
            rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
            cells = [:]
            nextColumn = 0
        case "c":
            if let reference = attributes["r"] {
                guard let column = XLSXSheetReader.columnIndex(ofReference: reference) else {
                    problem = .badReference(reference)
                    parser.abortParsing()
                    return
                }
                cellColumn = column
            } else {
                cellColumn = nextColumn
            }
            nextColumn = cellColumn + 1
            cellType = attributes["t"] ?? "n"
            text = ""
        case "v", "t":
            collecting = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if collecting { text += string }
    }

    func parser(_ parser: XMLParser, didEndElement qualified: String, namespaceURI: String?, qualifiedName: String?) {
        switch XLSXSheetReader.localName(qualified) {
        case "v", "t":
            collecting = false
        case "c":
            let value: String
            switch cellType {
            case "s":
                guard let index = Int(text), sharedStrings.indices.contains(index) else {
                    problem = .missingSharedString(cell: "\(XLSXSheetReader.columnName(cellColumn))\(rowNumber)")
                    parser.abortParsing()
                    return
                }
                value = sharedStrings[index]
            case "b":
                value = text == "1" ? "TRUE" : "FALSE"
            default:
                value = text
            }
            if !value.isEmpty { cells[cellColumn] = value }
        case "row":
            guard let last = cells.keys.max() else { return }
            var fields = [String](repeating: "", count: last + 1)
            for (column, value) in cells { fields[column] = value }
            rows.append(CSVTable.Record(fields: fields, line: rowNumber))
        default:
            break
        }
    }
}
