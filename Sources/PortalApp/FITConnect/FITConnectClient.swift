import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import PortalCore

/// The FIT-Connect APIs over HTTP (Submission API v2, Destination API, Routing API): OAuth 2
/// client credentials with the token kept until shortly before it runs out (and fetched once more
/// when the API refuses it early), JSON in and out, JWEs as `application/jose`.
public final class FITConnectClient: Sendable {
    public let settings: FITConnectSettings
    let http: HTTPClient
    let now: @Sendable () -> Date
    private let token: ClientCredentialsToken

    /// Answers are read up to this size (a pick-up carries the encrypted data; attachments are separate).
    static let answerLimit = 200 * 1024 * 1024

    public init(settings: FITConnectSettings, now: @escaping @Sendable () -> Date = { Date() }) {
        self.settings = settings
        self.now = now
        http = Self.client
        token = ClientCredentialsToken(
            tokenURL: settings.tokenURL, clientID: settings.clientID, secret: settings.clientSecret, presentation: .formFields, now: now)
    }

    /// One client for the process, as AsyncHTTPClient's own shared one, but never following a
    /// redirect: the configured addresses are the APIs.
    static let client: HTTPClient = {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow, timeout: .init(connect: .seconds(10)))
        configuration.decompression = .disabled
        return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }()

    // MARK: Destinations and routing

    public struct Destination: Sendable, Hashable {
        public var id: String
        public var status: String
        public var encryptionKid: String
        public var services: [String]
        public var metadataVersions: [String]
    }

    public func destination(_ id: String) async throws(FITConnectFailure) -> Destination {
        let json = try await json(.GET, settings.destinationAPI + "/v2/destinations/\(escape(id))")
        guard case .string(let status)? = json["status"], case .string(let kid)? = json["encryptionKid"] else { throw .malformed("destination") }
        var services: [String] = []
        if case .array(let items)? = json["services"] {
            services = items.compactMap { if case .string(let identifier)? = $0["identifier"] { identifier } else { nil } }
        }
        var versions: [String] = []
        if case .array(let items)? = json["metadataVersions"] { versions = items.compactMap { if case .string(let v) = $0 { v } else { nil } } }
        return Destination(id: id, status: status, encryptionKid: kid, services: services, metadataVersions: versions)
    }

    /// A key the destination publishes (its encryption key, or the key its events are signed with).
    public func key(of destination: String, kid: String) async throws(FITConnectFailure) -> RSAJWK {
        let data = try await bytes(.GET, settings.destinationAPI + "/v2/destinations/\(escape(destination))/keys/\(escape(kid))")
        do {
            return try RSAJWK(json: data)
        } catch {
            throw .malformed("key \(kid.prefix(64)): \(error)")
        }
    }

    /// The destination the Routing API names for a service in a region; nil when it knows none.
    public func route(leikaKey: String, regionalKey: String) async throws(FITConnectFailure) -> String? {
        guard let routing = settings.routingAPI else { throw .malformed("FITCONNECT_ROUTING_API is not set") }
        let json = try await json(.GET, routing + "/v1/routes?leikaKey=\(escape(leikaKey))&ars=\(escape(regionalKey))")
        guard case .array(let routes)? = json["routes"] else { return nil }
        for route in routes {
            if case .string(let id)? = route["destinationId"], let normalised = FITConnectAddress.destinationID(id) { return normalised }
        }
        return nil
    }

    // MARK: Sending

    public func createSubmission(destination: String, service: (identifier: String, name: String), attachments: [String]) async throws(FITConnectFailure)
        -> (submissionID: String, caseID: String)
    {
        let body = JSONValue.object([
            .init("destinationId", .string(destination)),
            .init("announcedAttachments", .array(attachments.map(JSONValue.string))),
            .init("publicService", .object([.init("identifier", .string(service.identifier)), .init("name", .string(service.name))])),
        ])
        let json = try await json(.POST, settings.submissionAPI + "/v2/submissions", body: Data(body.jsonText.utf8), contentType: "application/json")
        guard case .string(let submission)? = json["submissionId"], case .string(let caseID)? = json["caseId"] else { throw .malformed("submission") }
        return (submission, caseID)
    }

    public func uploadAttachment(submission: String, attachment: String, jwe: String) async throws(FITConnectFailure) {
        _ = try await bytes(
            .PUT, settings.submissionAPI + "/v2/submissions/\(escape(submission))/attachments/\(escape(attachment))", body: Data(jwe.utf8),
            contentType: "application/jose")
    }

    public func submit(submission: String, metadata: String, data: String) async throws(FITConnectFailure) {
        let body = JSONValue.object([.init("encryptedMetadata", .string(metadata)), .init("encryptedData", .string(data))])
        _ = try await bytes(
            .PUT, settings.submissionAPI + "/v2/submissions/\(escape(submission))", body: Data(body.jsonText.utf8), contentType: "application/json")
    }

    /// The signed events of a submission's event log, as the API lists them.
    public func events(submission: String) async throws(FITConnectFailure) -> [String] {
        let json = try await json(.GET, settings.submissionAPI + "/v2/submissions/\(escape(submission))/events")
        guard case .array(let items)? = json["eventLog"] else { throw .malformed("event log") }
        return items.compactMap { if case .string(let token) = $0 { token } else { nil } }
    }

    // MARK: Receiving (as a destination's subscriber)

    /// The submissions waiting at the destination: their IDs and case IDs.
    public func pickups(destination: String) async throws(FITConnectFailure) -> [(submissionID: String, caseID: String)] {
        let json = try await json(.GET, settings.submissionAPI + "/v2/submissions?destinationId=\(escape(destination))&limit=100")
        guard case .array(let items)? = json["submissions"] else { throw .malformed("pick-up list") }
        return items.compactMap { item in
            guard case .string(let id)? = item["submissionId"], case .string(let caseID)? = item["caseId"] else { return nil }
            return (id, caseID)
        }
    }

    public struct Pickup: Sendable {
        public var caseID: String
        public var encryptedMetadata: String
        public var encryptedData: String?
        public var attachments: [String]
        public var serviceIdentifier: String?
    }

    public func pickup(_ submission: String) async throws(FITConnectFailure) -> Pickup {
        let json = try await json(.GET, settings.submissionAPI + "/v2/submissions/\(escape(submission))")
        guard case .string(let caseID)? = json["caseId"], case .string(let metadata)? = json["encryptedMetadata"] else {
            throw .malformed("submission without case or metadata")
        }
        var data: String?
        if case .string(let text)? = json["encryptedData"] { data = text }
        var attachments: [String] = []
        if case .array(let items)? = json["attachments"] { attachments = items.compactMap { if case .string(let id) = $0 { id.lowercased() } else { nil } } }
        var service: String?
        if case .string(let identifier)? = json["publicService"]?["identifier"] ?? json["serviceType"]?["identifier"] { service = identifier }
        return Pickup(caseID: caseID, encryptedMetadata: metadata, encryptedData: data, attachments: attachments, serviceIdentifier: service)
    }

    /// One attachment as the sender uploaded it: a JWE in compact serialisation.
    public func attachment(submission: String, attachment: String) async throws(FITConnectFailure) -> String {
        String(
            decoding: try await bytes(.GET, settings.submissionAPI + "/v2/submissions/\(escape(submission))/attachments/\(escape(attachment))"), as: UTF8.self)
    }

    /// Adds a signed event (accept or reject) to the case's event log.
    public func post(event token: String, caseID: String) async throws(FITConnectFailure) {
        _ = try await bytes(.POST, settings.submissionAPI + "/v2/cases/\(escape(caseID))/events", body: Data(token.utf8), contentType: "application/jose")
    }

    /// The Zustelldienst's own signing keys.
    public func jwks() async throws(FITConnectFailure) -> Data {
        try await bytes(.GET, settings.submissionAPI + "/.well-known/jwks.json", authorised: false)
    }

    // MARK: HTTP

    private func json(_ method: HTTPMethod, _ url: String, body: Data? = nil, contentType: String? = nil) async throws(FITConnectFailure) -> JSONValue {
        let data = try await bytes(method, url, body: body, contentType: contentType)
        guard let json = try? JSONParser.parse(Array(data)) else { throw .malformed("answer is not JSON") }
        return json
    }

    /// One call; a refused token is dropped and the call made once more with a new one.
    func bytes(_ method: HTTPMethod, _ url: String, body: Data? = nil, contentType: String? = nil, authorised: Bool = true) async throws(FITConnectFailure)
        -> Data
    {
        for attempt in 0..<2 {
            var request = HTTPClientRequest(url: url)
            request.method = method
            request.headers.add(name: "accept", value: "application/json, application/problem+json, application/jose")
            request.headers.add(name: "user-agent", value: "Serviceportal")
            if let body {
                request.headers.add(name: "content-type", value: contentType ?? "application/json")
                request.body = .bytes(ByteBuffer(data: body))
            }
            if authorised { request.headers.add(name: "authorization", value: "Bearer " + (try await bearer())) }
            let (status, answer) = try await execute(request)
            if status == 401, authorised {
                guard attempt == 0 else { throw .unauthorized }
                token.forget()
                continue
            }
            guard (200..<300).contains(status) else {
                if (400..<500).contains(status) { throw .refused(status: status, problem: Self.problem(answer)) }
                throw .unexpected(status: status)
            }
            return answer
        }
        throw .unauthorized
    }

    /// The title (and detail) of an RFC 7807 problem, short and without anything the sender did not write.
    static func problem(_ data: Data) -> String {
        guard let json = try? JSONParser.parse(Array(data)) else { return "" }
        var parts: [String] = []
        if case .string(let title)? = json["title"] { parts.append(title) }
        if case .string(let detail)? = json["detail"] { parts.append(detail) }
        return String(parts.joined(separator: ": ").prefix(300))
    }

    private func execute(_ request: HTTPClientRequest) async throws(FITConnectFailure) -> (Int, Data) {
        do {
            let response = try await http.execute(request, timeout: .seconds(settings.timeoutSeconds))
            let body = try await response.body.collect(upTo: Self.answerLimit)
            return (Int(response.status.code), Data(body.readableBytesView))
        } catch {
            throw .unreachable(String(String(describing: error).prefix(200)))
        }
    }

    private func bearer() async throws(FITConnectFailure) -> String {
        switch try await token.current({ request throws(FITConnectFailure) in try await execute(request) }) {
        case .token(let value): return value
        case .refused: throw .unauthorized
        case .unexpected(let status): throw .unexpected(status: status)
        }
    }

    private func escape(_ part: String) -> String {
        part.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", "."])) ?? ""
    }
}
