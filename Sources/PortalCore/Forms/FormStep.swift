/// One page of a form: a topic with its questions.
public struct FormStep: Hashable, Sendable, Codable {
    public var title: String
    public var fields: [FormField]

    public init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
    }
}
