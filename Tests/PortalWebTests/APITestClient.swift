import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortalCore
import PortalTestSupport

/// Small conveniences over the Hummingbird test client for JSON requests.
extension TestClientProtocol {
    func get(_ uri: String, key: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let key { headers[.authorization] = "Bearer \(key)" }
        return try await execute(uri: uri, method: .get, headers: headers)
    }

    func postJSON(_ uri: String, _ body: String, contentType: String = "application/json") async throws -> TestResponse {
        try await execute(uri: uri, method: .post, headers: [.contentType: contentType], body: ByteBuffer(string: body))
    }

    func postBytes(_ uri: String, _ bytes: [UInt8]) async throws -> TestResponse {
        try await execute(uri: uri, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(bytes: bytes))
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    var json: JSONValue? {
        try? JSONDecoder().decode(JSONValue.self, from: Data(body.readableBytesView))
    }

    /// The field keys of a 422 body, in order.
    var errorFields: [String] {
        guard case .array(let errors)? = json?["errors"] else { return [] }
        return errors.compactMap { if case .string(let field)? = $0["field"] { field } else { nil } }
    }

    var message: String? {
        if case .string(let text)? = json?["message"] { text } else { nil }
    }
}

enum Paths {
    static let form = "/api/v1/services/brunnenbohrung-anzeigen/form"
    static let submissions = "/api/v1/services/brunnenbohrung-anzeigen/submissions"
}
