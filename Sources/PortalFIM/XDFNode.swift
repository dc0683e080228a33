import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// An XML element as the importer reads it: local name (namespace prefixes dropped), attributes,
/// child elements and text. Built in one streaming pass; DTDs and entities are refused first.
final class XDFNode {
    let name: String
    let namespace: String?
    let attributes: [String: String]
    private(set) var children: [XDFNode] = []
    fileprivate(set) var text = ""

    init(name: String, namespace: String?, attributes: [String: String]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
    }

    func child(_ name: String) -> XDFNode? {
        children.first { $0.name == name }
    }

    func all(_ name: String) -> [XDFNode] {
        children.filter { $0.name == name }
    }

    /// The trimmed text of a child; nil when missing or empty.
    func value(_ name: String) -> String? {
        guard let text = child(name)?.text.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// `<feldart><code>input</code></feldart>` → `input`.
    func code(_ name: String) -> String? {
        child(name)?.value("code")
    }

    /// Parses a whole document after `XDFInspector.checkSafe`.
    static func parse(_ data: Data) throws(XDFError) -> XDFNode {
        try XDFInspector.checkSafe(data)
        let builder = Builder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let parsed = parser.parse()
        guard parsed, parser.parserError == nil, builder.stack.isEmpty, let root = builder.root, !builder.broken else {
            throw XDFError("Die Datei ist kein wohlgeformtes XML: Fehler in Zeile \(parser.lineNumber), Spalte \(parser.columnNumber).")
        }
        return root
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XDFNode?
        var stack: [XDFNode] = []
        var broken = false

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:])
        {
            let node = XDFNode(name: elementName, namespace: namespaceURI, attributes: attributes)
            if let parent = stack.last {
                parent.children.append(node)
            } else if root == nil {
                root = node
            } else {
                broken = true
            }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard let current = stack.last, current.text.utf8.count < 200_000 else { return }
            current.text += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            guard stack.last?.name == elementName else {
                broken = true
                parser.abortParsing()
                return
            }
            stack.removeLast()
        }
    }
}
