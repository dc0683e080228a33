import Foundation
import PortalCore
import Testing

@Suite("Staff sign-in through the directory: which account, which roles")
struct DirectorySignInTests {
    static func identity(_ subject: String, email: String?, groups: [String] = []) -> ExternalIdentity {
        var identity = ExternalIdentity(provider: "verzeichnis", subject: subject, email: email, trustLevel: .basic)
        identity.claimValues = groups
        return identity
    }

    static let anna = StaffRosterTests.user("anna", [.caseWorker])
    static let ben = StaffRosterTests.user("ben", [.editor])

    @Test("The first sign-in finds the account by address and binds the subject; later ones find it by the subject alone")
    func bindsBySubject() throws {
        let policy = DirectorySignIn()
        let first = try policy.account(for: Self.identity("S-1", email: "ANNA@landkreis.example"), among: [Self.anna, Self.ben]).get()
        #expect(first.id == Self.anna.id && first.directorySubject == "S-1" && first.roles == [.caseWorker])
        // The directory now reports another address: the bound subject still decides.
        let later = try policy.account(for: Self.identity("S-1", email: "anna.neu@landkreis.example"), among: [first, Self.ben]).get()
        #expect(later == first)
    }

    @Test("Refused: nobody with that subject or address, a locked account, an address bound to another subject, matching by subject only")
    func refusals() {
        let policy = DirectorySignIn()
        #expect(policy.account(for: Self.identity("S-9", email: "fremd@example.de"), among: [Self.anna]) == .failure(.noAccount))
        #expect(policy.account(for: Self.identity("S-9", email: nil), among: [Self.anna]) == .failure(.noAccount))
        var locked = Self.anna
        locked.deactivatedAt = Date(timeIntervalSince1970: 0)
        #expect(policy.account(for: Self.identity("S-1", email: "anna@landkreis.example"), among: [locked]) == .failure(.deactivated))
        var bound = Self.anna
        bound.directorySubject = "S-1"
        #expect(policy.account(for: Self.identity("S-2", email: "anna@landkreis.example"), among: [bound]) == .failure(.boundToAnotherSubject))
        let strict = DirectorySignIn(matchesByEmail: false)
        #expect(strict.account(for: Self.identity("S-1", email: "anna@landkreis.example"), among: [Self.anna]) == .failure(.noAccount))
        #expect(strict.account(for: Self.identity("S-1", email: nil), among: [bound]).map(\.id) == .success(Self.anna.id))
    }

    @Test("With a role mapping the directory's groups replace the roles; no mapped group is refused")
    func roles() throws {
        let mapping = try DirectoryRoleMapping.parse(claim: "groups", "bau-sb=caseWorker, portal-admin=admin; portal-admin=statistics")
        let policy = DirectorySignIn(roleMapping: mapping)
        let admin = try policy.account(for: Self.identity("S-1", email: "anna@landkreis.example", groups: ["portal-admin", "kantine"]), among: [Self.anna])
            .get()
        #expect(admin.roles == [.admin, .statistics])
        #expect(
            policy.account(for: Self.identity("S-1", email: "anna@landkreis.example", groups: ["kantine"]), among: [Self.anna]) == .failure(.noRole))
        #expect(throws: DirectoryRoleMapping.ParseError.malformed("bau-sb")) { try DirectoryRoleMapping.parse(claim: "groups", "bau-sb") }
        #expect(throws: DirectoryRoleMapping.ParseError.malformed("=admin")) { try DirectoryRoleMapping.parse(claim: "groups", "=admin") }
        #expect(throws: DirectoryRoleMapping.ParseError.unknownRole("Sachbearbeitung")) {
            try DirectoryRoleMapping.parse(claim: "groups", "bau=Sachbearbeitung")
        }
    }
}
