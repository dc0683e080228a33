/// A problem with one field's answer, ready to show next to the field and in the error summary.
public struct FieldError: Hashable, Sendable {
    /// The field key, or `answers` for problems with the whole answer set.
    public var field: String
    public var problem: ValidationProblem
    public var label: String

    public init(field: String, label: String, problem: ValidationProblem) {
        self.field = field
        self.label = label
        self.problem = problem
    }
}
