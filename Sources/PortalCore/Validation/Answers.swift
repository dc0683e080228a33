/// The validated answers of one submission, keyed by field key. Fields left empty are absent.
public struct Answers: Hashable, Sendable {
    public private(set) var values: [String: AnswerValue]

    public init(_ values: [String: AnswerValue] = [:]) {
        self.values = values
    }

    public subscript(key: String) -> AnswerValue? {
        get { values[key] }
        set { values[key] = newValue }
    }

    public var count: Int { values.count }

    /// The uploads the file fields name: what filing attaches to the submission.
    public var uploadedFileIDs: [UploadedFile.ID] {
        values.values.flatMap { value -> [UploadedFile.ID] in
            if case .files(let files) = value { files.map(\.id) } else { [] }
        }
    }

    /// These answers with `other`'s on top.
    public func merging(_ other: Answers) -> Answers {
        if other.values.isEmpty { return self }
        return Answers(values.merging(other.values) { _, new in new })
    }

    /// The answers as one JSON object in form order, the stored and exported representation.
    public func json(in schema: FormSchema) -> JSONValue {
        .object(
            schema.fields.compactMap { field in
                values[field.key].map { JSONValue.Member(field.key, $0.json(for: field)) }
            })
    }
}
