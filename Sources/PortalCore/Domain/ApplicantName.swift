import Foundation

/// The applicant's name as case workers search for it, taken from the fields whose `autocomplete`
/// token marks a name (`name`, `given-name`, `family-name`, `organization`), so every form works
/// without extra configuration.
public enum ApplicantName {
    static let tokens = ["name", "given-name", "additional-name", "family-name", "organization"]

    public static func from(_ answers: Answers, schema: FormSchema) -> String? {
        let parts = tokens.flatMap { token in
            schema.fields.filter { $0.autocomplete == token }.compactMap { field -> String? in
                if case .text(let text)? = answers[field.key] { return text }
                return nil
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Lower case without accents, for searching: "Müller" and "muller" find each other.
    public static func folded(_ text: String) -> String {
        SearchText.fold(text)
    }
}
