import Foundation
import PortalCore
import PortalViews
import Testing

@Suite("Localisation: texts live in the catalogues, one file per language")
struct LocalisationTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    static func files(in target: String) -> [URL] {
        let directory = sources.appendingPathComponent(target)
        return (FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { $0.pathExtension == "swift" }
    }

    @Test("No controller or view chooses a text by language inline; the language files hold the texts")
    func noLanguageChoices() throws {
        let files = Self.files(in: "PortalWeb") + Self.files(in: "PortalViews")
        #expect(files.count > 100)
        let choice = /(german|\.german|\.english)\s*\?\s*"/
        for file in files where !file.lastPathComponent.contains("+de.") && !file.lastPathComponent.contains("+en.") {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.firstMatch(of: choice) == nil, "\(file.lastPathComponent)")
        }
    }

    @Test("Every catalogue has a file per language")
    func oneFilePerLanguage() throws {
        let files = Self.files(in: "PortalViews")
        let names = Set(files.map(\.lastPathComponent))
        // A catalogue is a type chosen by language: `static func for(_ language: Language)`.
        let catalogues = try files.filter { try String(contentsOf: $0, encoding: .utf8).contains("public static func `for`(_ language: Language)") }
            .map(\.lastPathComponent)
        #expect(catalogues.count >= 10)
        for catalogue in catalogues {
            let stem = catalogue.dropLast(".swift".count)
            for language in Language.allCases {
                #expect(names.contains("\(stem)+\(language.rawValue).swift"), "\(stem) lacks \(language.rawValue)")
            }
        }
    }
}
