import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import PortalWeb
import Testing

@Suite("API keys in the browser (admins)")
struct APIKeyAdminTests {
    @Test(
        "An admin creates a key (the secret shown once), the key reads its unit's applications, shows its last use, and stops working when revoked",
        arguments: TestDatabaseKind.allCases)
    func lifecycle(kind: TestDatabaseKind) async throws {
        let clock = ManualClock()
        try await TestPortal.with(kind, clock: clock) { test in
            try await test.addStaff("admin", password: "ein-langes-passwort", name: "Ada Admin", roles: [.admin], units: [])
            // The default remembering time: revocation must still take effect at once.
            let router = test.router()
            try await Application(router: router).test(.router) { client in
                var admin = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&admin, "admin", "ein-langes-passwort")
                #expect(try await admin.get("/intern/verwaltung/api-schluessel").status == .ok)
                let unit = DemoCatalog.waterAuthority.id.description
                // No name, no unit, no permission, an unknown permission: refused, nothing stored.
                let before = try await test.portal.apiKeys.keys().count
                let refused = try await admin.post("/intern/verwaltung/api-schluessel", [("name", ""), ("einheit", "")])
                #expect(refused.status == .unprocessableContent)
                for message in ["Geben Sie eine Bezeichnung ein.", "Wählen Sie eine Organisationseinheit.", "Wählen Sie mindestens eine Berechtigung."] {
                    #expect(refused.text.contains(message), "\(message)")
                }
                #expect(
                    try await admin.post("/intern/verwaltung/api-schluessel", [("name", "X"), ("einheit", unit), ("recht", "alles")]).status == .badRequest)
                #expect(try await test.portal.apiKeys.keys().count == before)

                let created = try await admin.post(
                    "/intern/verwaltung/api-schluessel", [("name", "Fachverfahren Wasserrecht"), ("einheit", unit), ("recht", "submissions.read")])
                #expect(created.status == .created)
                #expect(created.headers[.cacheControl] == "no-store")
                let secret = String(try #require(created.text.firstMatch(of: /class="api-secret">([^<]+)</)).1)
                #expect(!(try await admin.get("/intern/verwaltung/api-schluessel").text.contains(secret)), "shown once")
                let key = try #require(try await test.portal.apiKeys.keys().first { $0.name == "Fachverfahren Wasserrecht" })
                #expect(key.scopes == [.readSubmissions] && key.lastUsedAt == nil)

                clock.advance(by: 60)
                let listed = try await client.execute(uri: "/api/v1/submissions", method: .get, headers: [.authorization: "Bearer \(secret)"])
                #expect(listed.status == .ok)
                #expect(try await test.portal.apiKeys.keys().first { $0.id == key.id }?.lastUsedAt == clock.now)
                #expect(try await admin.get("/intern/verwaltung/api-schluessel").text.contains(TestClock.today.german))

                _ = try await admin.get("/intern/verwaltung/api-schluessel")
                #expect(try await admin.post("/intern/verwaltung/api-schluessel/\(key.id)/widerrufen", []).location == "/intern/verwaltung/api-schluessel")
                let page = try await admin.get("/intern/verwaltung/api-schluessel")
                #expect(page.text.contains("ist widerrufen") && page.text.contains("widerrufen \(TestClock.today.german)"))
                let after = try await client.execute(uri: "/api/v1/submissions", method: .get, headers: [.authorization: "Bearer \(secret)"])
                #expect(after.status == .unauthorized)
                let trail = try await test.portal.audit.events(from: TestClock.now.addingTimeInterval(-60), to: clock.now.addingTimeInterval(1), limit: 50)
                #expect(trail.filter { $0.target == "apikey:\(key.id)" }.map(\.action) == [.apiKeyCreated, .apiKeyRevoked])
            }
        }
    }

    @Test("A key without the permission for a route gets 403")
    func scopes() async throws {
        try await TestPortal.with { test in
            let secret = APIKeySecret.generate()
            try await test.portal.apiKeys.save(
                APIKey(
                    id: Identifier(UUID()), orgUnitID: DemoCatalog.waterAuthority.id, name: "Ohne Rechte", secretHash: secret.hash, createdAt: TestClock.now,
                    scopes: []))
            try await test.application().test(.router) { client in
                let answer = try await client.execute(uri: "/api/v1/submissions", method: .get, headers: [.authorization: "Bearer \(secret.text)"])
                #expect(answer.status == .forbidden)
                #expect(String(buffer: answer.body).contains("Dieser API-Schlüssel darf das nicht."))
            }
        }
    }
}
