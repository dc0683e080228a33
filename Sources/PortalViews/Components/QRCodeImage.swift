import PortalCore

/// A QR code as inline SVG: black modules on white with a quiet zone of four modules, scalable,
/// named for screen readers (the page gives the same content as text beside it).
public struct QRCodeImage: HTMLComponent {
    public var code: QRCode
    public var label: String

    public init(code: QRCode, label: String) {
        self.code = code
        self.label = label
    }

    public var html: HTML {
        let quiet = 4
        var path = ""
        for (y, row) in code.modules.enumerated() {
            for (x, dark) in row.enumerated() where dark { path += "M\(x + quiet) \(y + quiet)h1v1h-1z" }
        }
        let side = code.size + 2 * quiet
        return """
            <svg class="qr-code" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(side) \(side)" role="img" aria-label="\(label)" \
            shape-rendering="crispEdges"><rect width="\(side)" height="\(side)" fill="#fff"/><path d="\(path)" fill="#000"/></svg>
            """
    }
}
