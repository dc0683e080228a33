import PortalCore

/// The sentences for refused answers (`ValidationProblem`), shown next to the field, in the error
/// summary and returned by the API, in the reader's language.
public struct ValidationText: Sendable {
    public let message: @Sendable (ValidationProblem, _ label: String) -> String

    public static func `for`(_ language: Language) -> ValidationText {
        switch language {
        case .german: german
        case .english: english
        }
    }

    /// Labels that are sentences end with a full stop, which would double up inside the message.
    static func trimmed(_ label: String) -> String {
        label.hasSuffix(".") ? String(label.dropLast()) : label
    }
}

extension ValidationProblem {
    /// The sentence shown to the applicant and returned by the API.
    public func message(label: String, language: Language) -> String {
        ValidationText.for(language).message(self, label)
    }
}

extension FieldError {
    public func message(_ language: Language = .german) -> String {
        problem.message(label: label, language: language)
    }
}
