import AsyncHTTPClient
import Foundation
import NIOCore
import PortalCore
import Synchronization

/// An OAuth 2 access token from the client-credentials grant (RFC 6749 §4.4), kept until a tenth of
/// its life (at most 30 s) before it runs out, and dropped when an API refuses it early. The
/// payment platforms take the client's credentials as HTTP Basic, FIT-Connect as form fields.
final class ClientCredentialsToken: Sendable {
    enum Presentation: Sendable {
        case basicAuthentication
        case formFields
    }

    enum Outcome: Sendable, Hashable {
        case token(String)
        /// The token endpoint refused the client (400 or 401), or answered without a token.
        case refused
        case unexpected(status: Int)
    }

    let tokenURL: String
    let clientID: String
    let secret: String
    let presentation: Presentation
    let now: @Sendable () -> Date
    private let kept = Mutex<(value: String, expires: Date)?>(nil)

    init(tokenURL: String, clientID: String, secret: String, presentation: Presentation, now: @escaping @Sendable () -> Date) {
        self.tokenURL = tokenURL
        self.clientID = clientID
        self.secret = secret
        self.presentation = presentation
        self.now = now
    }

    /// The kept token, or a new one fetched through `execute` (the caller's client and its errors).
    func current<Failure: Error>(_ execute: (HTTPClientRequest) async throws(Failure) -> (status: Int, body: Data)) async throws(Failure) -> Outcome {
        let moment = now()
        if let token = kept.withLock({ $0 }), token.expires > moment { return .token(token.value) }
        var request = HTTPClientRequest(url: tokenURL)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/x-www-form-urlencoded")
        switch presentation {
        case .basicAuthentication:
            request.headers.add(name: "authorization", value: "Basic " + Data("\(Self.escape(clientID)):\(Self.escape(secret))".utf8).base64EncodedString())
            request.body = .bytes(ByteBuffer(string: "grant_type=client_credentials"))
        case .formFields:
            request.body = .bytes(ByteBuffer(string: "grant_type=client_credentials&client_id=\(Self.escape(clientID))&client_secret=\(Self.escape(secret))"))
        }
        let (status, body) = try await execute(request)
        guard (200..<300).contains(status) else { return status == 400 || status == 401 ? .refused : .unexpected(status: status) }
        guard let json = try? JSONParser.parse(Array(body)), case .string(let value)? = json["access_token"], !value.isEmpty else { return .refused }
        var lifetime = 300.0
        if case .number(let seconds)? = json["expires_in"] { lifetime = NSDecimalNumber(decimal: seconds).doubleValue }
        let expires = moment.addingTimeInterval(lifetime - min(30, lifetime / 10))
        kept.withLock { $0 = (value, expires) }
        return .token(value)
    }

    /// After an API refused the token before its time.
    func forget() {
        kept.withLock { $0 = nil }
    }

    /// RFC 6749 §2.3.1: client id and secret are form-encoded, for Basic authentication as well.
    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", ".", "*"])) ?? ""
    }
}
