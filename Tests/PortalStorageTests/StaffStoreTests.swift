import Foundation
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import Testing

@Suite("Staff and API key store contract")
struct StaffStoreTests {
    @Test("Org units, accounts with memberships and API keys round-trip", arguments: TestDatabaseKind.allCases)
    func roundTrip(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let staff = SQLStaffStore(database: database)
            for unit in DemoCatalog.orgUnits { try await staff.save(unit) }
            #expect(try await staff.orgUnit(slug: "ordnungsamt") == DemoCatalog.publicOrder)
            #expect(try await staff.orgUnits().map(\.name) == ["Bauordnungsamt", "Ordnungsamt", "Untere Wasserbehörde"])

            var user = StaffUser(
                id: Identifier(UUID()), username: "Anna.Schäfer", displayName: "Anna Schäfer", passwordHash: "$2b$12$x",
                roles: [.caseWorker, .reviewer], orgUnitIDs: [DemoCatalog.waterAuthority.id, DemoCatalog.publicOrder.id]
            )
            try await staff.save(user)
            #expect(try await staff.user(username: "anna.schäfer") == user)
            user.orgUnitIDs = [DemoCatalog.buildingAuthority.id]
            try await staff.save(user)
            #expect(try await staff.user(username: "ANNA.SCHÄFER")?.orgUnitIDs == [DemoCatalog.buildingAuthority.id])
            user.email = "anna@landkreis.example"
            try await staff.save(user)
            #expect(try await staff.user(id: user.id)?.email == "anna@landkreis.example")
            #expect(try await staff.users(of: DemoCatalog.buildingAuthority.id, role: .reviewer) == [user])
            #expect(try await staff.users(of: DemoCatalog.buildingAuthority.id, role: .editor).isEmpty)
            #expect(try await staff.users(of: DemoCatalog.waterAuthority.id, role: .reviewer).isEmpty)

            let keys = SQLAPIKeyStore(database: database)
            let key = APIKey(id: Identifier(UUID()), orgUnitID: DemoCatalog.waterAuthority.id, name: "DMS", secretHash: "abc123", createdAt: TestClock.now)
            try await keys.save(key)
            #expect(try await keys.key(secretHash: "abc123") == key)
            #expect(try await keys.key(secretHash: "abc124") == nil)
        }
    }
}
