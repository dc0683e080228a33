/// One page of a form: a topic with its questions.
public struct FormStep: Hashable, Sendable, Codable {
    public var title: String
    public var fields: [FormField]
    /// The whole step is shown only while this holds.
    public var showIf: Condition?

    public init(title: String, fields: [FormField], showIf: Condition? = nil) {
        self.title = title
        self.fields = fields
        self.showIf = showIf
    }

    /// The fields carrying answers, with plain groups opened up (see `FormField.answerFields`).
    public var answerFields: [FormField] {
        // Most steps have no plain group: hand out the stored array instead of rebuilding it.
        guard fields.contains(where: { $0.kind == .group && $0.repetition == nil }) else { return fields }
        return fields.flatMap(\.answerFields)
    }
}
