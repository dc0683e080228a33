import Foundation

/// Whom a decision sent by post is addressed to: the applicant's name and the form's address block,
/// as the applicant entered them: the first postal-address field, else the fields whose
/// `autocomplete` tokens mark an address (`address-line1`, `address-line2`, `postal-code`,
/// `address-level2`), so every form built the usual way works without extra configuration.
public struct PostalRecipient: Hashable, Sendable {
    public var name: String
    public var address: PostalAddress

    public init(name: String, address: PostalAddress) {
        self.name = name
        self.address = address
    }

    /// Nil when the form asked for no name or no address: such a decision cannot go by post.
    public static func of(_ submission: Submission, schema: FormSchema?) -> PostalRecipient? {
        guard let name = submission.applicantName?.trimmingCharacters(in: .whitespaces), !name.isEmpty, let schema else { return nil }
        for field in schema.fields where field.kind == .postalAddress {
            guard let value = submission.answers[field.key] else { continue }
            func part(_ part: PostalAddress.Part) -> String? {
                if case .string(let text)? = value[part.rawValue], !text.isEmpty { return text }
                return nil
            }
            guard let street = part(.street), let number = part(.houseNumber), let code = part(.postalCode), let city = part(.city) else { continue }
            return PostalRecipient(
                name: name, address: PostalAddress(street: street, houseNumber: number, addition: part(.addition), postalCode: code, city: city))
        }
        func answer(_ token: String) -> String? {
            guard let field = schema.fields.first(where: { $0.autocomplete == token }), case .string(let text)? = submission.answers[field.key] else {
                return nil
            }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? nil : trimmed
        }
        guard let line = answer("address-line1"), let code = answer("postal-code"), let city = answer("address-level2") else { return nil }
        let (street, number) = split(line)
        return PostalRecipient(
            name: name, address: PostalAddress(street: street, houseNumber: number, addition: answer("address-line2"), postalCode: code, city: city))
    }

    /// "Hauptstraße 5a" into street and house number; a line without a number stays whole.
    static func split(_ line: String) -> (street: String, number: String) {
        guard let space = line.lastIndex(of: " "), line[line.index(after: space)...].first?.isNumber == true else { return (line, "") }
        return (String(line[..<space]).trimmingCharacters(in: .whitespaces), String(line[line.index(after: space)...]))
    }
}
