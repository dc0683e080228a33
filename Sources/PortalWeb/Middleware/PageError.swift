import HTTPTypes

/// A refused HTML request; the error middleware renders it as an accessible page in the user's language.
public struct PageError: Error, Sendable {
    public enum Kind: Sendable {
        case notFound
        /// The session ended or the form was stale (CSRF check): nothing was saved.
        case forbidden
        /// A signed-in staff member without the role for this page; the link leads to their own start page.
        case noPermission(start: String)
        case badRequest(String)
        /// A posted name the form does not have (shortened for the message); nothing was saved.
        case unknownField(String)
        /// A button value the form does not offer; nothing was saved.
        case unknownAction
        /// Form data that cannot be read (broken encoding or structure); nothing was saved.
        case malformedForm
        case conflict(String, link: (text: String, path: String))
        case tooLarge
        /// Too many requests of one kind in a short time; the text says when to try again.
        case tooManyRequests(String)
        case unsupportedMediaType
    }

    public var kind: Kind

    public init(_ kind: Kind) {
        self.kind = kind
    }

    public var status: HTTPResponse.Status {
        switch kind {
        case .notFound: .notFound
        case .forbidden, .noPermission: .forbidden
        case .badRequest, .unknownField, .unknownAction, .malformedForm: .badRequest
        case .conflict: .conflict
        case .tooLarge: .contentTooLarge
        case .tooManyRequests: .tooManyRequests
        case .unsupportedMediaType: .unsupportedMediaType
        }
    }
}
