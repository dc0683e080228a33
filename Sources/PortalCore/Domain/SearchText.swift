import Foundation

/// Text as searches compare it: lower case, without accents, so "Müller" finds "muller" and
/// "Brunnen" finds "BRUNNEN". Used for service search and the case workers' name search alike.
public enum SearchText {
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "de_DE")).lowercased()
    }
}
