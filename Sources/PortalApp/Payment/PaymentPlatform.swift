import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL
import PortalCore

/// A payment platform's XBezahldienste interface over HTTP (issue 18): creates a transaction and
/// reads it back. The portal never trusts the applicant's return from the pay page; it asks here.
/// Three ways to authenticate, as the platforms in the field do: HTTP Basic, OAuth 2 client
/// credentials (the token is kept until shortly before it expires, and fetched again once when the
/// platform refuses it early) and mutual TLS with a client certificate (PEM or PKCS#12).
public final class PaymentPlatform: PaymentGateway {
    public struct Settings: Sendable, Hashable {
        public enum Authentication: Sendable, Hashable {
            case basic(clientID: String, secret: String)
            case oauth2(tokenURL: String, clientID: String, secret: String)
            /// A PEM certificate with its PEM key, or a PKCS#12 bundle (`.p12`, `.pfx`) with its password.
            case mutualTLS(certificateFile: String, keyFile: String?, password: String?)
        }

        public var baseURL: String
        public var originatorID: String
        public var endpointID: String
        public var authentication: Authentication
        /// Certificates to trust beside the system's (a platform with its own CA, the test platform).
        public var trustedCertificatesFile: String?
        public var timeout: TimeAmount = .seconds(15)
        /// A platform for trying things out (`PAYMENT_TEST`): the portal's pages say "Testzahlung".
        public var isTest = false

        public init(baseURL: String, originatorID: String, endpointID: String, authentication: Authentication, trustedCertificatesFile: String? = nil) {
            self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
            self.originatorID = originatorID
            self.endpointID = endpointID
            self.authentication = authentication
            self.trustedCertificatesFile = trustedCertificatesFile
        }
    }

    public typealias Failure = PaymentFailure

    public let settings: Settings
    public var isTest: Bool { settings.isTest }

    public var info: PaymentGatewayInfo {
        let kind: PaymentGatewayInfo.Authentication =
            switch settings.authentication {
            case .basic: .basic
            case .oauth2: .oauth2
            case .mutualTLS: .mutualTLS
            }
        return PaymentGatewayInfo(address: settings.baseURL, authentication: kind, originatorID: settings.originatorID, endpointID: settings.endpointID)
    }
    let http: HTTPClient
    let now: @Sendable () -> Date
    /// With OAuth 2: the platform's token, kept between calls.
    private let token: ClientCredentialsToken?

    /// Answers are read up to this size.
    static let answerLimit = 256 * 1024

    public init(settings: Settings, now: @escaping @Sendable () -> Date = { Date() }) throws {
        self.settings = settings
        self.now = now
        if case .oauth2(let tokenURL, let clientID, let secret) = settings.authentication {
            token = ClientCredentialsToken(tokenURL: tokenURL, clientID: clientID, secret: secret, presentation: .basicAuthentication, now: now)
        } else {
            token = nil
        }
        var tls = TLSConfiguration.makeClientConfiguration()
        if let file = settings.trustedCertificatesFile {
            tls.additionalTrustRoots = [.certificates(try NIOSSLCertificate.fromPEMFile(file))]
        }
        if case .mutualTLS(let certificateFile, let keyFile, let password) = settings.authentication {
            if let keyFile {
                tls.certificateChain = try NIOSSLCertificate.fromPEMFile(certificateFile).map { .certificate($0) }
                tls.privateKey = .privateKey(try NIOSSLPrivateKey(file: keyFile, format: .pem))
            } else {
                let bundle = try NIOSSLPKCS12Bundle(file: certificateFile, passphrase: Array((password ?? "").utf8))
                tls.certificateChain = bundle.certificateChain.map { .certificate($0) }
                tls.privateKey = .privateKey(bundle.privateKey)
            }
        }
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls, redirectConfiguration: .disallow, timeout: .init(connect: .seconds(10), read: settings.timeout))
        configuration.decompression = .disabled
        http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    public func shutdown() async throws {
        try await http.shutdown()
    }

    /// Creates the transaction (or, for a `requestId` the platform knows, answers the one it made).
    public func create(_ order: PaymentOrder, originator: String? = nil, endpoint: String? = nil) async throws(Failure) -> XBezahldienste.Transaction {
        let path = "/paymenttransaction/\(escape(originator ?? settings.originatorID))/\(escape(endpoint ?? settings.endpointID))"
        return try await transaction(.POST, path, body: XBezahldienste.createBody(order, at: now()))
    }

    /// The platform's current report of one transaction.
    public func transaction(_ id: String, originator: String? = nil, endpoint: String? = nil) async throws(Failure) -> XBezahldienste.Transaction {
        let path = "/paymenttransaction/\(escape(originator ?? settings.originatorID))/\(escape(endpoint ?? settings.endpointID))/\(escape(id))"
        return try await transaction(.GET, path, body: nil)
    }

    private func transaction(_ method: HTTPMethod, _ path: String, body: JSONValue?) async throws(Failure) -> XBezahldienste.Transaction {
        let (status, json) = try await send(method, path, body: body)
        guard (200..<300).contains(status) else {
            if let json, status >= 400, status < 500 { throw .problem(XBezahldienste.problem(from: json, status: status)) }
            throw .unexpected(status: status)
        }
        guard let json, let transaction = XBezahldienste.transaction(from: json) else { throw .unexpected(status: status) }
        return transaction
    }

    private func escape(_ part: String) -> String {
        part.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", "."])) ?? ""
    }

    /// One call; with OAuth 2 a refused token is dropped and the call made once more with a new one.
    private func send(_ method: HTTPMethod, _ path: String, body: JSONValue?) async throws(Failure) -> (Int, JSONValue?) {
        for attempt in 0..<2 {
            var request = HTTPClientRequest(url: settings.baseURL + path)
            request.method = method
            request.headers.add(name: "accept", value: "application/json")
            request.headers.add(name: "user-agent", value: "Serviceportal")
            if let body {
                request.headers.add(name: "content-type", value: "application/json")
                request.body = .bytes(ByteBuffer(string: body.jsonText))
            }
            switch settings.authentication {
            case .basic(let clientID, let secret):
                request.headers.add(name: "authorization", value: "Basic " + Data("\(clientID):\(secret)".utf8).base64EncodedString())
            case .oauth2:
                if let token { request.headers.add(name: "authorization", value: "Bearer " + (try await bearer(token))) }
            case .mutualTLS: break
            }
            let (status, answer) = try await execute(request)
            if status == 401 {
                guard case .oauth2 = settings.authentication, attempt == 0 else { throw .unauthorized }
                token?.forget()
                continue
            }
            return (status, answer.flatMap { try? JSONParser.parse(Array($0.readableBytesView)) })
        }
        throw .unauthorized
    }

    private func execute(_ request: HTTPClientRequest) async throws(Failure) -> (Int, ByteBuffer?) {
        do {
            let response = try await http.execute(request, timeout: settings.timeout)
            let body = try? await response.body.collect(upTo: Self.answerLimit)
            return (Int(response.status.code), body)
        } catch {
            throw .unreachable(String(describing: error))
        }
    }

    private func bearer(_ token: ClientCredentialsToken) async throws(Failure) -> String {
        let outcome = try await token.current { request throws(Failure) in
            let (status, body) = try await execute(request)
            return (status, body.map { Data($0.readableBytesView) } ?? Data())
        }
        switch outcome {
        case .token(let value): return value
        case .refused: throw .unauthorized
        case .unexpected(let status): throw .unexpected(status: status)
        }
    }
}
