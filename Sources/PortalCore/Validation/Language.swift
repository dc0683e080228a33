/// The languages of the user interface: German first, English second.
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
    case german = "de"
    case english = "en"
}
