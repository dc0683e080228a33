/// What a text, e-mail or phone answer says about the applicant, stored as the field's HTML
/// `autocomplete` token. Editors choose it in the builder (a sensible one is suggested from the
/// label); it fills the inbox's applicant column and search (`ApplicantName`), picks the address the
/// acknowledgement goes to, prefills from the account and lets browsers fill the field.
public enum ApplicantPurpose {
    /// The tokens editors can choose, per field kind, in the order offered.
    public static func offered(for kind: FieldKind) -> [String] {
        switch kind {
        case .text: ["name", "given-name", "family-name", "organization", "address-line1", "postal-code", "address-level2"]
        case .email: ["email"]
        case .phone: ["tel"]
        default: []
        }
    }

    /// The purpose a new field's label suggests: „Vorname“ → given-name, „E-Mail-Adresse“ → email.
    public static func suggested(label: String, kind: FieldKind) -> String? {
        let words = SearchText.fold(label).split { !$0.isLetter }.map(String.init)
        let text = words.joined(separator: " ")
        switch kind {
        case .email: return "email"
        case .phone: return "tel"
        case .text:
            if text.hasPrefix("vor und nachname") || text == "name" || text == "ihr name" || text == "vollstandiger name" { return "name" }
            if words.contains("vorname") { return "given-name" }
            if words.contains("nachname") || words.contains("familienname") { return "family-name" }
            if words.contains("firma") || words.contains("unternehmen") || words.contains("organisation") { return "organization" }
            if words.contains("postleitzahl") || words == ["plz"] { return "postal-code" }
            return nil
        default:
            return nil
        }
    }
}
