import Foundation
import PortalCore
import Testing

@Suite("Staff roster: names, addresses, the last admin")
struct StaffRosterTests {
    static func user(_ name: String, _ roles: Set<StaffRole>, active: Bool = true) -> StaffUser {
        var user = StaffUser(
            id: Identifier(UUID()), username: name, displayName: name, passwordHash: "", roles: roles, orgUnitIDs: [], email: "\(name)@landkreis.example")
        if !active { user.deactivatedAt = Date(timeIntervalSince1970: 0) }
        return user
    }

    @Test func newAccounts() {
        let unit = Identifier<OrgUnit>(UUID())
        let roster = StaffRoster(users: [Self.user("ada", [.admin])])
        #expect(
            roster.checkNewAccount(displayName: "Bea", username: "b.bauer", email: "b@landkreis.example", roles: [.caseWorker], orgUnits: [unit], known: [unit])
                == [])
        #expect(
            roster.checkNewAccount(displayName: "", username: "ada", email: "ADA@landkreis.example", roles: [], orgUnits: [unit], known: [])
                == [.nameMissing, .usernameTaken, .emailTaken, .noRole, .unknownOrgUnit])
        for bad in ["B.Bauer", "b bauer", "b", "müller", String(repeating: "a", count: 51)] {
            #expect(!StaffRoster.isValidUsername(bad), "\(bad)")
        }
        #expect(roster.checkEmail("kein-at", of: nil) == [.emailInvalid])
        #expect(roster.checkEmail("ada@landkreis.example", of: roster.users[0].id) == [], "one's own address")
    }

    @Test func lastAdmin() {
        let (ada, bea, old) = (Self.user("ada", [.admin]), Self.user("bea", [.admin, .caseWorker]), Self.user("old", [.admin], active: false))
        let alone = StaffRoster(users: [ada, old])
        #expect(alone.checkLosingAdmin(ada) == .lastAdmin, "a locked admin does not count")
        #expect(alone.checkDeactivation(of: ada, by: ada) == .deactivateSelf)
        let two = StaffRoster(users: [ada, bea, old])
        #expect(two.checkLosingAdmin(ada) == nil)
        #expect(two.checkDeactivation(of: bea, by: ada) == nil)
        #expect(two.checkLosingAdmin(old) == nil, "a locked account may lose the role")
    }

    @Test func requirement() {
        let (admin, worker) = (Self.user("ada", [.admin]), Self.user("bea", [.caseWorker]))
        #expect(SecondFactorRequirement.admins.applies(to: admin) && !SecondFactorRequirement.admins.applies(to: worker))
        #expect(SecondFactorRequirement.all.applies(to: worker) && !SecondFactorRequirement.off.applies(to: admin))
    }
}
