import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore

/// A tiny browser over the test client: keeps cookies, posts forms, finds the CSRF token.
struct TestBrowser {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]
    /// The CSRF token of the last page that had one.
    var csrf: String?

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    mutating func get(_ path: String) async throws -> TestResponse {
        let response = try await client.execute(uri: path, method: .get, headers: cookieHeaders())
        remember(response)
        return response
    }

    mutating func post(_ path: String, _ fields: [(String, String)], csrf token: String? = nil, contentType: String = "application/x-www-form-urlencoded")
        async throws -> TestResponse
    {
        var all = fields
        if let token = token ?? csrf { all.insert(("_csrf", token), at: 0) }
        let body = all.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&")
        return try await postRaw(path, body, contentType: contentType)
    }

    mutating func postRaw(_ path: String, _ body: String, contentType: String = "application/x-www-form-urlencoded") async throws -> TestResponse {
        var headers = cookieHeaders()
        headers[.contentType] = contentType
        let response = try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
        remember(response)
        return response
    }

    /// Posts `multipart/form-data` as a browser does: the token first, then fields, then files.
    mutating func postMultipart(_ path: String, _ fields: [(String, String)], files: [(field: String, name: String, data: Data)], csrf token: String? = nil)
        async throws -> TestResponse
    {
        let boundary = "----TestBoundary7MA4YWxkTrZu0gW"
        var body = ByteBuffer()
        var all = fields
        if let token = token ?? csrf { all.insert(("_csrf", token), at: 0) }
        for (name, value) in all {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for file in files {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            body.writeBytes(file.data)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var headers = cookieHeaders()
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let response = try await client.execute(uri: path, method: .post, headers: headers, body: body)
        remember(response)
        return response
    }

    private func cookieHeaders() -> HTTPFields {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        return headers
    }

    private mutating func remember(_ response: TestResponse) {
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            cookies[String(pair[0])] = String(pair[1])
        }
        let html = String(buffer: response.body)
        if let range = html.range(of: #"name="_csrf" value=""#) {
            let rest = html[range.upperBound...]
            csrf = rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
        }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

extension TestResponse {
    var location: String? { headers[.location] }
}
