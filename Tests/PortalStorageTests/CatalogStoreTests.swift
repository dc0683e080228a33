import Foundation
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Catalog store contract")
struct CatalogStoreTests {
    @Test("Services and form versions round-trip unchanged", arguments: TestDatabaseKind.allCases)
    func roundTrip(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let staff = SQLStaffStore(database: database)
            let catalog = SQLCatalogStore(database: database)
            for unit in DemoCatalog.orgUnits { try await staff.save(unit) }
            try await catalog.save(DemoCatalog.wellDrilling)
            var draft = DemoCatalog.lostProperty
            draft.isPublished = false
            try await catalog.save(draft)

            #expect(try await catalog.service(slug: "brunnenbohrung-anzeigen") == DemoCatalog.wellDrilling)
            #expect(try await catalog.service(id: draft.id) == draft)
            #expect(try await catalog.publishedServices().map(\.slug) == ["brunnenbohrung-anzeigen"])
            #expect(try await catalog.service(slug: "gibt-es-nicht") == nil)

            let first = DemoCatalog.version(of: DemoCatalog.wellDrilling, schema: DemoCatalog.wellDrillingForm, publishedAt: TestClock.now)
            try await catalog.publish(first)
            var second = first
            second.id = Identifier(UUID())
            second.number = 2
            second.schema.steps.removeLast()
            try await catalog.publish(second)
            #expect(try await catalog.currentFormVersion(of: DemoCatalog.wellDrilling.id) == second)
            #expect(try await catalog.formVersion(id: first.id) == first)
            await #expect(throws: (any Error).self) { try await catalog.publish(second) }
        }
    }

    @Test("Saving a service again replaces it", arguments: TestDatabaseKind.allCases)
    func upsert(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await SQLStaffStore(database: database).save(DemoCatalog.waterAuthority)
            let catalog = SQLCatalogStore(database: database)
            var service = DemoCatalog.wellDrilling
            try await catalog.save(service)
            service.title = "Brunnenbohrung anzeigen – geändert"
            try await catalog.save(service)
            #expect(try await catalog.service(id: service.id)?.title == "Brunnenbohrung anzeigen – geändert")
        }
    }
}

@Suite("Catalogue drafts: editing and publishing")
struct CatalogDraftTests {
    @Test("An edit based on an old revision is refused; publishing makes the next version and removes the draft", arguments: TestDatabaseKind.allCases)
    func draftLifecycle(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let staff = SQLStaffStore(database: database)
            for unit in DemoCatalog.orgUnits { try await staff.save(unit) }
            let catalog = SQLCatalogStore(database: database)
            var service = DemoCatalog.wellDrilling
            service.isPublished = false
            let draft = FormDraft(
                id: .init(UUID()), serviceID: service.id, schema: DemoCatalog.wellDrillingForm, source: "Redaktion", notes: [], warnings: [],
                createdAt: TestClock.now)
            try await catalog.saveDraft(draft, creating: service)
            #expect(try await catalog.services(of: [DemoCatalog.waterAuthority.id]).map(\.slug) == ["brunnenbohrung-anzeigen"])
            #expect(try await catalog.services(of: [DemoCatalog.publicOrder.id]).isEmpty)
            var first = draft
            first.schema.steps[0].title = "Erste Änderung"
            try await catalog.updateDraft(first)
            var stale = draft
            stale.schema.steps[0].title = "Veraltet"
            await #expect(throws: EditConflict.self) { try await catalog.updateDraft(stale) }
            let current = try #require(try await catalog.drafts(of: service.id).first)
            #expect(current.revision == 2)
            #expect(current.schema.steps[0].title == "Erste Änderung")

            // Test copies are numbered below zero and never count as published versions.
            let copy = try await catalog.saveTestCopy(of: current, id: .init(UUID()), at: TestClock.now)
            #expect(copy.number == -1 && copy.isTestCopy)
            #expect(try await catalog.saveTestCopy(of: current, id: .init(UUID()), at: TestClock.now).number == -2)
            #expect(try await catalog.formVersion(id: copy.id)?.schema == current.schema)
            #expect(try await catalog.currentFormVersion(of: service.id) == nil)
            #expect(try await catalog.formVersions(of: service.id).isEmpty)
            // Meanwhile the entry changes; a refused change of the entry leaves it as it was.
            await #expect(throws: EditConflict.self) {
                try await catalog.modifyService(service.id) { service in
                    service.summary = "Nicht gespeichert"
                    throw EditConflict()
                }
            }
            #expect(try await catalog.service(id: service.id)?.summary == service.summary)

            await #expect(throws: EditConflict.self) { _ = try await catalog.publish(draft, versionID: .init(UUID()), at: TestClock.now) }
            // Meanwhile the entry changes; publishing must not write back an old copy of it.
            try await catalog.modifyService(service.id) { $0.summary = "Neu geschrieben" }
            #expect(try await catalog.publish(current, versionID: .init(UUID()), at: TestClock.now) == 1)
            #expect(try await catalog.service(id: service.id)?.summary == "Neu geschrieben")
            #expect(try await catalog.drafts(of: service.id).isEmpty)
            #expect(try await catalog.currentFormVersion(of: service.id)?.schema.steps[0].title == "Erste Änderung")
            #expect(try await catalog.service(slug: "brunnenbohrung-anzeigen")?.isPublished == true)
            #expect(try await catalog.publishedServices().map(\.slug) == ["brunnenbohrung-anzeigen"])
        }
    }
}
