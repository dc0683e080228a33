import Foundation
import Hummingbird

/// The stylesheet and the optional script, shipped inside the binary.
struct AssetsController: Sendable {
    let stylesheet: ByteBuffer
    let script: ByteBuffer

    init() {
        stylesheet = ByteBuffer(string: Self.resource("portal", "css"))
        script = ByteBuffer(string: Self.resource("portal", "js"))
    }

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.stylesheet.pattern) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: stylesheet))
        }
        router.get(SiteRoute.script.pattern) { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: script))
        }
    }

    static func resource(_ name: String, _ ext: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext), let text = try? String(contentsOf: url, encoding: .utf8) else {
            return ""
        }
        return text
    }
}
