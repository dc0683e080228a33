import Foundation
import PortalCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Decides whether an SVG may be the portal's logo. A logo needs shapes, text and gradients; it
/// needs no script, no event handlers, no embedded HTML, no links or resources outside itself and
/// no entity declarations. Anything else is refused with the part named, not quietly removed:
/// the admin then knows what to export differently. The file is served as an image with its own
/// strict Content-Security-Policy besides.
public enum SVGLogoCheck {
    static let elements: Set<String> = [
        "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan", "title", "desc", "defs",
        "lineargradient", "radialgradient", "stop", "clippath", "mask", "symbol", "use", "metadata",
    ]

    public static func check(_ bytes: [UInt8]) -> PortalLogo.Problem? {
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        if text.contains("<!doctype") || text.contains("<!entity") { return .unsafeSVG("<!DOCTYPE>") }
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let reader = Reader()
        parser.delegate = reader
        guard parser.parse(), !reader.malformed else { return reader.problem ?? .notAnImage }
        guard reader.root == "svg" else { return .notAnImage }
        return reader.problem
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var root: String?
        var problem: PortalLogo.Problem?
        /// Inside `<metadata>` anything goes (editors put RDF there); it is never drawn.
        var metadataDepth = 0
        /// Not well-formed XML: browsers would not draw it either.
        var malformed = false

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            malformed = true
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            let name = elementName.lowercased()
            if root == nil {
                root = name
                guard name == "svg", namespaceURI == "http://www.w3.org/2000/svg" else {
                    problem = .notAnImage
                    return parser.abortParsing()
                }
            }
            if metadataDepth > 0 || name == "metadata" {
                metadataDepth += 1
                return
            }
            guard Self.allowed(name) else { return refuse("<\(elementName)>", parser) }
            for (attribute, value) in attributes {
                let key = attribute.lowercased()
                let local = key.split(separator: ":").last.map(String.init) ?? key
                let folded = value.lowercased().filter { !$0.isWhitespace }
                if local.hasPrefix("on") { return refuse(attribute, parser) }
                if local == "href" && !value.hasPrefix("#") { return refuse("\(attribute)=\"\(value.prefix(40))\"", parser) }
                if folded.contains("javascript:") || folded.contains("data:") || folded.contains("@import") || folded.contains("expression(") {
                    return refuse(attribute, parser)
                }
                if folded.contains("url(") && !folded.contains("url(#") { return refuse(attribute, parser) }
            }
        }

        static func allowed(_ name: String) -> Bool { SVGLogoCheck.elements.contains(name) }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if metadataDepth > 0 { metadataDepth -= 1 }
        }

        func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
            if target.lowercased() == "xml-stylesheet" { refuse("<?xml-stylesheet?>", parser) }
        }

        private func refuse(_ part: String, _ parser: XMLParser) {
            if problem == nil { problem = .unsafeSVG(part) }
            parser.abortParsing()
        }
    }
}
