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
