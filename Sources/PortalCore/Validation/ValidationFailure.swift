/// Answers that cannot be accepted, with every problem found (not just the first).
public struct ValidationFailure: Error, Hashable, Sendable {
    public var errors: [FieldError]

    public init(errors: [FieldError]) {
        self.errors = errors
    }

    public func error(for field: String) -> FieldError? {
        errors.first { $0.field == field }
    }
}
