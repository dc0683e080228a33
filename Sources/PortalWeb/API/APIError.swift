import Foundation
import HTTPTypes
import Hummingbird
import PortalCore
import PortalViews

/// A refused request: a message for people in the client's language (`APIText`, chosen by
/// `Accept-Language`) and field errors for programs.
public struct APIError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var text: @Sendable (APIText) -> String
    public var fieldErrors: [FieldError]

    public init(_ status: HTTPResponse.Status, fieldErrors: [FieldError] = [], _ text: @escaping @Sendable (APIText) -> String) {
        self.status = status
        self.text = text
        self.fieldErrors = fieldErrors
    }

    public static func notFound(_ text: @escaping @Sendable (APIText) -> String = { $0.notFound }) -> APIError {
        APIError(.notFound, text)
    }

    public static func badRequest(_ text: @escaping @Sendable (APIText) -> String) -> APIError {
        APIError(.badRequest, text)
    }

    public static func conflict(_ text: @escaping @Sendable (APIText) -> String) -> APIError {
        APIError(.conflict, text)
    }

    public static let unauthorized = APIError(.unauthorized) { $0.unauthorized }
    public static let missingScope = APIError(.forbidden) { $0.missingScope }

    struct Body: Encodable {
        struct Item: Encodable {
            var field: String
            var message: String
        }

        var message: String
        var errors: [Item]?
    }

    func body(_ language: Language) -> Body {
        Body(
            message: text(APIText.for(language)), errors: fieldErrors.isEmpty ? nil : fieldErrors.map { .init(field: $0.field, message: $0.message(language)) })
    }
}
