import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PortalCore

/// The Zustelldienst's callback when submissions wait for the portal's destination: authenticated
/// by `callback-authentication`, the hex HMAC-SHA512 of `<callback-timestamp>.<body>` with the
/// callback secret, compared in constant time, and refused when older (or newer) than five
/// minutes. It only nudges the pick-up, which the minutely polling would do anyway, so nothing
/// depends on a callback arriving.
struct FITConnectCallbackController: Sendable {
    let secret: String
    let pickUp: @Sendable () async -> Void
    let now: @Sendable () -> Date

    static let window: TimeInterval = 300
    static let bodyLimit = 1024 * 1024

    func register(on router: Router<PortalRequestContext>) {
        router.post(SiteRoute.fitConnectCallback.pattern, use: callback)
    }

    @Sendable func callback(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let body = try await request.body.collect(upTo: Self.bodyLimit)
        guard
            Self.isAuthentic(
                body: Data(body.readableBytesView), timestamp: request.headers[HTTPField.Name("callback-timestamp")!],
                authentication: request.headers[HTTPField.Name("callback-authentication")!], secret: secret, now: now())
        else { throw APIError(.unauthorized) { $0.callbackRefused } }
        let pickUp = self.pickUp
        Task { await pickUp() }
        return Response(status: .ok)
    }

    static func isAuthentic(body: Data, timestamp: String?, authentication: String?, secret: String, now: Date) -> Bool {
        guard let timestamp, let seconds = Int64(timestamp), let authentication, authentication.count == 128,
            abs(now.timeIntervalSince1970 - TimeInterval(seconds)) <= window
        else { return false }
        let expected = HMAC<SHA512>.authenticationCode(for: Data("\(timestamp).".utf8) + body, using: SymmetricKey(data: Data(secret.utf8)))
        return SecretComparison.equal(expected.map { String(format: "%02x", $0) }.joined(), authentication.lowercased())
    }
}
