import Foundation
import PortalApp
import PortalCore
import PortalStorage
import PortalTestSupport
import SQLKit
import Testing

@Suite("Staff administration stores: accounts, one-time links, the audit trail")
struct StaffAdministrationStoreTests {
    static func user(_ name: String, roles: Set<StaffRole> = [.caseWorker]) -> StaffUser {
        StaffUser(
            id: Identifier(UUID()), username: name, displayName: name.capitalized, passwordHash: "$2b$12$x", roles: roles,
            orgUnitIDs: [DemoCatalog.waterAuthority.id], email: "\(name)@landkreis.example")
    }

    @Test("Accounts are listed with units and last sign-in; lock and unlock; a password is replaced", arguments: TestDatabaseKind.allCases)
    func accounts(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let staff = SQLStaffStore(database: database)
            for unit in DemoCatalog.orgUnits { try await staff.save(unit) }
            let (bea, ada) = (Self.user("bea"), Self.user("ada", roles: [.admin, .statistics]))
            try await staff.save(bea)
            try await staff.save(ada)
            try await staff.recordSignIn(ada.id, at: TestClock.now)
            let listed = try await staff.users()
            #expect(listed.map(\.username) == ["ada", "bea"])
            #expect(listed[0].lastSignInAt == TestClock.now && listed[0].roles == [.admin, .statistics])
            #expect(listed[1].orgUnitIDs == [DemoCatalog.waterAuthority.id] && listed[1].lastSignInAt == nil)
            #expect(try await staff.deactivate(bea.id, at: TestClock.now))
            #expect(try await staff.user(id: bea.id)?.isActive == false)
            #expect(try await staff.reactivate(bea.id))
            #expect(try await staff.user(id: bea.id)?.isActive == true)
            #expect(try await !staff.reactivate(Identifier(UUID())))
            try await staff.setPassword(bea.id, hash: "$2b$12$neu")
            #expect(try await staff.user(id: bea.id)?.passwordHash == "$2b$12$neu")
        }
    }

    @Test("A link works once and until it expires; a new link replaces the older one of the same purpose", arguments: TestDatabaseKind.allCases)
    func tokens(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let staff = SQLStaffStore(database: database)
            for unit in DemoCatalog.orgUnits { try await staff.save(unit) }
            let bea = Self.user("bea")
            try await staff.save(bea)
            let later = TestClock.now.addingTimeInterval(3600)
            try await staff.addToken(StaffToken(tokenHash: "alt", userID: bea.id, purpose: .invitation, expiresAt: later))
            try await staff.addToken(StaffToken(tokenHash: "neu", userID: bea.id, purpose: .invitation, expiresAt: later))
            try await staff.addToken(StaffToken(tokenHash: "reset", userID: bea.id, purpose: .resetPassword, expiresAt: later))
            #expect(try await staff.token(hash: "alt", now: TestClock.now) == nil)
            #expect(try await staff.token(hash: "neu", now: TestClock.now)?.purpose == .invitation)
            #expect(try await staff.token(hash: "neu", now: later) == nil, "expired")
            let racing = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<4 { group.addTask { (try? await staff.useToken(hash: "neu", now: TestClock.now)) != nil } }
                return await group.reduce(into: 0) { $0 += $1 ? 1 : 0 }
            }
            #expect(racing == 1, "used once")
            #expect(try await staff.useToken(hash: "reset", now: later) == nil)
            #expect(try await staff.useToken(hash: "reset", now: TestClock.now)?.userID == bea.id)
        }
    }

    @Test("The audit trail keeps every line, newest first, and the database refuses to change one", arguments: TestDatabaseKind.allCases)
    func auditTrail(kind: TestDatabaseKind) async throws {
        try await TestDatabase.with(kind) { database in
            let trail = SQLAuditTrail(database: database)
            let target = AuditEvent.staff(Identifier(UUID()))
            let actions: [AuditEvent.Action] = [.staffInvited, .staffPasswordSet, .staffDeactivated]
            for (offset, action) in actions.enumerated() {
                try await trail.record(
                    AuditEvent(
                        id: Identifier(UUID()), actor: "staff:admin", action: action, target: target, at: TestClock.now.addingTimeInterval(Double(offset))))
            }
            try await trail.record(AuditEvent(id: Identifier(UUID()), actor: "staff:admin", action: .staffInvited, target: "staff:other", at: TestClock.now))
            #expect(try await trail.events(target: target, limit: 10).map(\.action) == actions.reversed())
            #expect(try await trail.events(target: target, limit: 2).count == 2)

            // No store can change a line: the database refuses it, and the line stays as it was.
            let before = try await trail.events(target: target, limit: 10)
            await #expect(throws: (any Error).self) {
                try await database.write { db in
                    try await db.raw("UPDATE audit_events SET actor = 'staff:jemand-anders' WHERE target = \(bind: target)").run()
                }
            }
            #expect(try await trail.events(target: target, limit: 10) == before)
        }
    }

    @Test("Internal notes are kept per case, oldest first", arguments: TestDatabaseKind.allCases)
    func internalNotes(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let anna = try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna", units: [DemoCatalog.waterAuthority])
            let service = try #require(try await test.portal.catalog.services(of: [DemoCatalog.waterAuthority.id]).first)
            let version = try #require(try await test.portal.catalog.currentFormVersion(of: service.id))
            var ids: [Submission.ID] = []
            for number in 1...2 {
                let submission = Submission(
                    id: Identifier(UUID()), reference: try #require(Reference("BRU-2026-0000-000\(number)")), serviceID: service.id,
                    orgUnitID: service.orgUnitID, formVersionID: version.id, answers: .object([]), receivedAt: TestClock.now)
                try await test.portal.submissions.create(submission, jobs: [])
                ids.append(submission.id)
            }
            let store = test.portal.internalNotes
            for (offset, body) in ["Erste", "Zweite"].enumerated() {
                try await store.add(
                    InternalNote(
                        id: Identifier(UUID()), submissionID: ids[0], authorID: anna.id, body: body, createdAt: TestClock.now.addingTimeInterval(Double(offset))
                    ))
            }
            #expect(try await store.notes(of: ids[0]).map(\.body) == ["Erste", "Zweite"])
            #expect(try await store.notes(of: ids[1]).isEmpty)
            try await test.portal.submissions.assign(ids[1], to: anna.id, by: anna.id, at: TestClock.now)
            #expect(try await test.portal.submissions.assignee(of: ids[1]) == anna.id)
            #expect(try await test.portal.submissions.assignee(of: ids[0]) == nil)
        }
    }

}
