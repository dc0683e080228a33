import Foundation
import HTTPTypes
import Hummingbird
import PortalCore

/// A refused request with a German message for people and field errors for programs.
public struct APIError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var message: String
    public var fieldErrors: [FieldError]

    public init(_ status: HTTPResponse.Status, _ message: String, fieldErrors: [FieldError] = []) {
        self.status = status
        self.message = message
        self.fieldErrors = fieldErrors
    }

    public static func notFound(_ message: String = "Die angeforderte Ressource gibt es nicht.") -> APIError {
        APIError(.notFound, message)
    }

    public static func badRequest(_ message: String) -> APIError {
        APIError(.badRequest, message)
    }

    public static let unauthorized = APIError(.unauthorized, "Ein gültiger API-Schlüssel wird benötigt (Kopfzeile „Authorization: Bearer …“).")

    struct Body: Encodable {
        struct Item: Encodable {
            var field: String
            var message: String
        }

        var message: String
        var errors: [Item]?
    }

    var body: Body {
        Body(message: message, errors: fieldErrors.isEmpty ? nil : fieldErrors.map { .init(field: $0.field, message: $0.message()) })
    }
}
