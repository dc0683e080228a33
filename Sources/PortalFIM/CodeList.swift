import Foundation

/// A Genericode 1.0 code list as FIM ships them (`C…_genericode.xml`): codes with their names.
public struct CodeList: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var code: String
        public var name: String

        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    public var canonicalUri: String
    public var version: String?
    public var canonicalVersionUri: String?
    public var name: String
    public var entries: [Entry]

    public init(canonicalUri: String, version: String?, canonicalVersionUri: String?, name: String, entries: [Entry]) {
        self.canonicalUri = canonicalUri
        self.version = version
        self.canonicalVersionUri = canonicalVersionUri
        self.name = name
        self.entries = entries
    }

    static let namespace = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/"

    /// Reads one Genericode file. The code column is the first key's column (usually `code`), the
    /// name column is `name` when present, else the next column.
    public static func parse(_ data: Data) throws(XDFError) -> CodeList {
        let root = try XDFNode.parse(data)
        guard root.name == "CodeList", root.namespace == namespace else {
            throw XDFError("Die Datei ist keine Genericode-Codeliste.")
        }
        guard let identification = root.child("Identification"), let uri = identification.value("CanonicalUri") else {
            throw XDFError("Die Codeliste hat keine CanonicalUri.")
        }
        let columns = root.child("ColumnSet")?.all("Column").compactMap { $0.attributes["Id"] } ?? []
        let keyColumn = root.child("ColumnSet")?.child("Key")?.child("ColumnRef")?.attributes["Ref"] ?? columns.first ?? "code"
        let nameColumn = columns.contains("name") ? "name" : columns.first { $0 != keyColumn } ?? keyColumn
        var entries: [Entry] = []
        for row in root.child("SimpleCodeList")?.all("Row") ?? [] {
            var values: [String: String] = [:]
            for (index, value) in row.all("Value").enumerated() {
                let column = value.attributes["ColumnRef"] ?? (index < columns.count ? columns[index] : "")
                values[column] = value.value("SimpleValue") ?? ""
            }
            guard let code = values[keyColumn], !code.isEmpty else { continue }
            entries.append(Entry(code: code, name: values[nameColumn].flatMap { $0.isEmpty ? nil : $0 } ?? code))
        }
        return CodeList(
            canonicalUri: uri, version: identification.value("Version"), canonicalVersionUri: identification.value("CanonicalVersionUri"),
            name: identification.value("ShortName") ?? uri, entries: entries
        )
    }

    /// Every readable code list in a folder, by canonical version URI and by canonical URI; files
    /// that are not code lists are reported, not fatal.
    public static func load(directory: String) throws(XDFError) -> (lists: [String: CodeList], problems: [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw XDFError("Der Codelisten-Ordner „\(directory)“ kann nicht gelesen werden.")
        }
        var lists: [String: CodeList] = [:]
        var problems: [String] = []
        for name in names.sorted() where name.lowercased().hasSuffix(".xml") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append("Codeliste „\(name)“ übersprungen: nicht lesbar.")
                continue
            }
            do throws(XDFError) {
                let list = try parse(data)
                lists[list.canonicalUri] = list
                if let versioned = list.canonicalVersionUri { lists[versioned] = list }
            } catch {
                problems.append("Codeliste „\(name)“ übersprungen: \(error.message)")
            }
        }
        return (lists, problems)
    }
}
