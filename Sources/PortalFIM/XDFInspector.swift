import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a FIM XDatenfelder 2.0 or 3.0 file in one streaming pass and summarises it. Documents
/// with a DTD are refused before parsing (FIM never uses one; it is how entity-expansion attacks
/// arrive), external entities are never resolved, and the size is capped.
public enum XDFInspector {
    public static let maxBytes = 64 * 1024 * 1024

    static let namespaces: [String: XDFSummary.Standard] = [
        "urn:xoev-de:fim:standard:xdatenfelder_2": .xdf2,
        "urn:xoev-de:fim:standard:xdatenfelder_3.0.0": .xdf3,
    ]

    public static func inspect(fileAt path: String) throws(XDFError) -> XDFSummary {
        let url = URL(fileURLWithPath: path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path), let size = attributes[.size] as? Int else {
            throw XDFError("Die Datei „\(path)“ kann nicht gelesen werden.")
        }
        guard size <= maxBytes else { throw XDFError("Die Datei ist mit \(size / 1_048_576) MB zu groß (höchstens \(maxBytes / 1_048_576) MB).") }
        guard let data = try? Data(contentsOf: url) else { throw XDFError("Die Datei „\(path)“ kann nicht gelesen werden.") }
        return try inspect(data)
    }

    /// Refused before any parsing: empty, too large, UTF-16 (it would hide a DTD from the byte check),
    /// and any DTD or entity (FIM never uses one; it is how entity-expansion attacks arrive).
    static func checkSafe(_ data: Data) throws(XDFError) {
        guard !data.isEmpty else { throw XDFError("Die Datei ist leer.") }
        guard data.count <= maxBytes else { throw XDFError("Die Datei ist zu groß (höchstens \(maxBytes / 1_048_576) MB).") }
        if data.prefix(2) == Data([0xFE, 0xFF]) || data.prefix(2) == Data([0xFF, 0xFE]) || data.prefix(64).contains(0) {
            throw XDFError("Die Datei ist in UTF-16 kodiert; bitte speichern Sie sie als UTF-8.")
        }
        // A declared encoding the byte check cannot read through (UTF-7 writes "<!DOCTYPE" as "+ADw-!DOCTYPE")
        // would let the parser see what the check did not.
        // Allowed are encodings in which every ASCII byte means its ASCII character: UTF-8, US-ASCII,
        // ISO-8859-x (older xdf2 files are Latin-1) and Windows-125x.
        if let encoding = declaredEncoding(data), !isASCIICompatible(encoding) {
            throw XDFError(
                "Die Datei gibt die Zeichenkodierung „\(encoding.prefix(40))“ an. Gelesen werden UTF-8 und ISO-8859; bitte speichern Sie sie als UTF-8.")
        }
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil || data.range(of: Data("<!doctype".utf8)) != nil || data.range(of: Data("<!ENTITY".utf8)) != nil {
            throw XDFError("Die Datei enthält eine DTD oder Entitäten. Das ist in XDatenfelder nicht vorgesehen und wird aus Sicherheitsgründen nicht gelesen.")
        }
    }

    static func isASCIICompatible(_ encoding: String) -> Bool {
        let name = encoding.lowercased()
        if ["utf-8", "utf8", "us-ascii", "ascii", "latin1"].contains(name) { return true }
        if let number = name.split(separator: "iso-8859-").last, name.hasPrefix("iso-8859-"), let part = Int(number), (1...16).contains(part) { return true }
        if name.hasPrefix("windows-125"), name.count == 12, name.last?.isNumber == true { return true }
        return false
    }

    /// The `encoding` of the XML declaration at the very start (after a UTF-8 byte order mark), if any.
    static func declaredEncoding(_ data: Data) -> String? {
        var head = data.prefix(512)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
        guard head.starts(with: Data("<?xml".utf8)), let end = head.range(of: Data("?>".utf8)) else { return nil }
        let declaration = String(decoding: head[head.startIndex..<end.lowerBound], as: UTF8.self)
        guard let match = declaration.firstMatch(of: /encoding\s*=\s*["']([^"']*)["']/) else { return nil }
        return String(match.1)
    }

    public static func inspect(_ data: Data) throws(XDFError) -> XDFSummary {
        try checkSafe(data)
        let reader = Reader()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        let parsed = parser.parse()
        if let failure = reader.failure { throw failure }
        // libxml2 on Linux may report success for some broken documents; the reader's own balance check catches them.
        guard parsed, parser.parserError == nil, reader.isBalanced else {
            throw XDFError("Die Datei ist kein wohlgeformtes XML: Fehler in Zeile \(parser.lineNumber), Spalte \(parser.columnNumber).")
        }
        guard let standard = reader.standard else { throw XDFError("Die Datei ist kein XDatenfelder-Dokument.") }
        var warnings: [String] = []
        if reader.root != "xdatenfelder.stammdatenschema.0102" {
            warnings.append("Die Nachricht „\(reader.root)“ ist kein Stammdatenschema; importieren lassen sich nur Stammdatenschemata.")
        }
        if reader.id == nil { warnings.append("Das Schema hat keine Kennung (identifikation/id).") }
        if reader.rules > 0 {
            warnings.append(
                "\(reader.rules) Regeln liegen als Freitext vor; sie werden beim Import als Hinweise für die Redaktion übernommen und nicht ausgewertet.")
        }
        if !reader.codeLists.isEmpty {
            warnings.append(
                "\(reader.codeLists.count) Codelisten werden nur referenziert; ohne die Codelisten-Dateien werden diese Auswahlfelder zu Freitextfeldern.")
        }
        return XDFSummary(
            standard: standard, message: reader.root, id: reader.id, version: reader.version, name: reader.name,
            fields: reader.fields, groups: reader.groups, rules: reader.rules, codeLists: reader.codeLists.sorted(), warnings: warnings
        )
    }

    /// The streaming delegate: counts elements and picks the schema's own identification and name.
    private final class Reader: NSObject, XMLParserDelegate {
        var standard: XDFSummary.Standard?
        var root = ""
        var id: String?
        var version: String?
        var name: String?
        var fields = 0
        var groups = 0
        var rules = 0
        var codeLists: Set<String> = []
        var failure: XDFError?
        private var path: [String] = []
        private var text = ""
        private var sawRoot = false
        private var mismatched = false

        var isBalanced: Bool { sawRoot && path.isEmpty && !mismatched }

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:])
        {
            if path.isEmpty {
                if sawRoot { mismatched = true }
                sawRoot = true
                root = elementName
                guard let namespace = namespaceURI, let known = XDFInspector.namespaces[namespace] else {
                    failure = XDFError("Die Datei ist kein XDatenfelder-Dokument (Namensraum „\(namespaceURI ?? "keiner")“).")
                    parser.abortParsing()
                    return
                }
                standard = known
            }
            path.append(elementName)
            text = ""
            switch elementName {
            case "datenfeld": fields += 1
            case "datenfeldgruppe": groups += 1
            case "regel": rules += 1
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if text.utf8.count < 10_000 { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            // The schema's own identification sits directly under <stammdatenschema>, before any group.
            if path.count == 4, path[1] == "stammdatenschema", path[2] == "identifikation" {
                if elementName == "id" { id = id ?? value }
                if elementName == "version" { version = version ?? value }
            }
            if path.count == 3, path[1] == "stammdatenschema", elementName == "name" { name = name ?? value }
            if elementName == "canonicalIdentification", path.contains("codelisteReferenz"), !value.isEmpty { codeLists.insert(value) }
            guard path.last == elementName else {
                mismatched = true
                parser.abortParsing()
                return
            }
            path.removeLast()
            text = ""
        }
    }
}
