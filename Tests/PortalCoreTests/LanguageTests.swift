import PortalCore
import Testing

@Suite("Languages of the user interface")
struct LanguageTests {
    @Test(
        "Accept-Language picks the first language the portal speaks by weight, German otherwise",
        arguments: [
            ("en-GB,en;q=0.9,de;q=0.8", Language.english),
            ("fr-FR, de;q=0.5, en;q=0.4", .german),
            ("fr, en;q=0.1", .english),
            ("de-AT", .german),
            ("en;q=0, de;q=0.1", .german),
            ("EN", .english),
            ("", .german),
            ("*", .german),
        ])
    func acceptLanguage(header: String, expected: Language) {
        #expect(Language(acceptLanguage: header) == expected)
    }

    @Test("Every language but German falls back to German")
    func fallback() {
        #expect(Language.german.fallback == nil)
        #expect(Language.allCases.filter { $0 != .german }.allSatisfy { $0.fallback == .german })
    }
}
