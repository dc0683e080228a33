import Hummingbird
import PortalCore

/// A request's JSON body, read up to a size and parsed, or a 4xx that says why not: wrong media
/// type (415), a repeated member, too deep or no JSON at all (400). Callers check the shape.
enum JSONRequestBody {
    static func value(_ request: Request, limit: Int, maxDepth: Int) async throws -> JSONValue {
        guard (request.headers[.contentType]?.lowercased() ?? "").hasPrefix("application/json") else {
            throw APIError(.unsupportedMediaType) { $0.notJSON }
        }
        let body = try await request.body.collect(upTo: limit)
        do {
            return try JSONParser.parse(body.readableBytesView, maxDepth: maxDepth)
        } catch {
            switch error.reason {
            case "duplicate member name": throw APIError.badRequest { [offset = error.offset] in $0.duplicateMember(offset) }
            case "nested too deeply": throw APIError.badRequest { $0.nestedTooDeeply }
            default: throw APIError.badRequest { $0.invalidJSON }
            }
        }
    }
}
