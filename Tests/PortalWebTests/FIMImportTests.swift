import Foundation
import PortalApp
import PortalCore
import PortalFIM
import PortalTestSupport
import Testing

@Suite("xdf import into the catalogue")
struct FIMImportTests {
    static let xdf3 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <x:xdatenfelder.stammdatenschema.0102 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
          <x:stammdatenschema>
            <x:identifikation><x:id>S99000000002</x:id><x:version>1.0.0</x:version></x:identifikation>
            <x:name>Brunnen intern</x:name><x:bezeichnung>Anzeige einer Brunnenbohrung</x:bezeichnung>
            <x:regel><x:identifikation><x:id>R1</x:id></x:identifikation><x:freitextRegel>WENN F1 leer, DANN Hinweis</x:freitextRegel></x:regel>
            <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeldgruppe>
              <x:identifikation><x:id>G1</x:id></x:identifikation><x:name>Person</x:name>
              <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F1</x:id></x:identifikation><x:name>Name</x:name>
                <x:feldart><code>input</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
              </x:datenfeld></x:enthaelt></x:struktur>
              <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F2</x:id></x:identifikation><x:name>Staat</x:name>
                <x:feldart><code>select</code></x:feldart><x:datentyp><code>text</code></x:datentyp>
                <x:codelisteReferenz><x:canonicalIdentification>urn:test:staat</x:canonicalIdentification></x:codelisteReferenz>
              </x:datenfeld></x:enthaelt></x:struktur>
            </x:datenfeldgruppe></x:enthaelt></x:struktur>
          </x:stammdatenschema>
        </x:xdatenfelder.stammdatenschema.0102>
        """

    static func write(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("xdf-\(UUID().uuidString).xml")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test("A new slug creates the service as an unpublished draft with the form draft; a second import adds a draft", arguments: TestDatabaseKind.allCases)
    func importsDrafts(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let file = try Self.write(Self.xdf3)
            defer { try? FileManager.default.removeItem(atPath: file) }
            let first = try await test.portal.importXDF(file: file, serviceSlug: "brunnen-fim", orgUnitSlug: "untere-wasserbehoerde", now: TestClock.now)
            #expect(first.createdService)
            let service = try #require(try await test.portal.catalog.service(slug: "brunnen-fim"))
            #expect(service.isPublished == false)
            #expect(service.title == "Anzeige einer Brunnenbohrung")
            #expect(service.orgUnitID == DemoCatalog.waterAuthority.id)
            #expect(try await test.portal.catalog.currentFormVersion(of: service.id) == nil)
            let second = try await test.portal.importXDF(file: file, serviceSlug: "brunnen-fim", now: TestClock.now.addingTimeInterval(60))
            #expect(!second.createdService)
            let drafts = try await test.portal.catalog.drafts(of: service.id)
            #expect(drafts.map(\.id) == [second.draft.id, first.draft.id])
            #expect(drafts[0].schema == first.result.schema)
            #expect(drafts[0].source == "FIM S99000000002 1.0.0")
            #expect(drafts[0].notes.count == 1)
            #expect(!drafts[0].warnings.isEmpty)
        }
    }

    @Test("A broken file or a missing org unit changes nothing")
    func nothingOnFailure() async throws {
        try await TestPortal.with { test in
            let broken = try Self.write("<a><b></a>")
            let good = try Self.write(Self.xdf3)
            defer {
                try? FileManager.default.removeItem(atPath: broken)
                try? FileManager.default.removeItem(atPath: good)
            }
            await #expect(throws: AdministrationError.self) {
                _ = try await test.portal.importXDF(file: broken, serviceSlug: "kaputt", orgUnitSlug: "ordnungsamt")
            }
            await #expect(throws: AdministrationError.self) {
                _ = try await test.portal.importXDF(file: good, serviceSlug: "ohne-amt")
            }
            await #expect(throws: AdministrationError.self) {
                _ = try await test.portal.importXDF(file: good, serviceSlug: "Groß Buchstaben", orgUnitSlug: "ordnungsamt")
            }
            #expect(try await test.portal.catalog.service(slug: "kaputt") == nil)
            #expect(try await test.portal.catalog.service(slug: "ohne-amt") == nil)
        }
    }
}
