import Foundation

/// The languages of the user interface: German first, English second.
///
/// Adding one: a case here, then the compiler names every catalogue whose `for(_:)` lacks it; a
/// file `<Catalogue>+<code>.swift` per catalogue whose memberwise initializer names every missing
/// text. A variant of German (Leichte Sprache) can start from `german` and replace texts; whatever it
/// leaves is German, the explicit fallback (`fallback`).
public enum Language: String, Hashable, Sendable, Codable, CaseIterable {
    case german = "de"
    case english = "en"

    /// The language of texts for readers without a language of their own (staff mails).
    public static let portalDefault = Language.german

    /// The language a text comes in when this one has none: German for every language but German.
    public var fallback: Language? {
        switch self {
        case .german: nil
        case .english: .german
        }
    }

    /// The first language of an `Accept-Language` header the portal speaks (`en-GB` counts as
    /// English), German when none.
    public init(acceptLanguage header: String?) {
        let ranked = (header ?? "").split(separator: ",").enumerated().compactMap { index, part -> (tag: String, weight: Double, index: Int)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { return nil }
            let weight = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            return (tag, weight, index)
        }
        let ordered = ranked.filter { $0.weight > 0 }.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.index < $1.index }
        for entry in ordered {
            let primary = String(entry.tag.split(separator: "-").first ?? "")
            if let language = Language(rawValue: primary) {
                self = language
                return
            }
        }
        self = .german
    }
}
