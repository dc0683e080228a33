import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Staff API: submissions by API key")
struct SubmissionAPITests {
    /// Files `count` Brunnenbohrung submissions through the API and returns their references.
    static func file(_ count: Int, client: some TestClientProtocol) async throws -> [String] {
        var references: [String] = []
        for _ in 0..<count {
            let response = try await client.postJSON(Paths.submissions, WellDrillingAnswers.body(WellDrillingAnswers.valid()))
            guard case .string(let reference)? = response.json?["reference"] else { throw NotFound("reference") }
            references.append(reference)
        }
        return references
    }

    @Test("Without a valid key the staff API answers 401", arguments: [nil, "", "sp_falsch", String(repeating: "x", count: 500)])
    func unauthorized(key: String?) async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let list = try await client.get("/api/v1/submissions", key: key)
                #expect(list.status == .unauthorized)
                #expect(list.message?.hasPrefix("Ein gültiger API-Schlüssel") == true)
                #expect(try await client.get("/api/v1/submissions/BRU-2026-0000-0002", key: key).status == .unauthorized)
            }
        }
    }

    @Test("The list pages with a cursor through the key's own org unit only")
    func paging() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let references = try await Self.file(5, client: client)
                let first = try await client.get("/api/v1/submissions?limit=2", key: TestPortal.waterKey)
                #expect(first.status == .ok)
                guard case .array(let items)? = first.json?["items"], case .string(let next)? = first.json?["next"] else {
                    Issue.record("no page")
                    return
                }
                #expect(items.map { $0["reference"] } == references.prefix(2).map { .string($0) })
                #expect(items[0]["service"] == .string("brunnenbohrung-anzeigen"))
                #expect(items[0]["status"] == .string("received"))
                #expect(items[0]["receivedAt"] == .string("2026-11-30T09:15:00.000Z"))

                let rest = try await client.get("/api/v1/submissions?limit=3&after=\(next)", key: TestPortal.waterKey)
                guard case .array(let restItems)? = rest.json?["items"] else {
                    Issue.record("no page")
                    return
                }
                #expect(restItems.map { $0["reference"] } == references.suffix(3).map { .string($0) })
                #expect(rest.json?["next"] == .null)

                let other = try await client.get("/api/v1/submissions", key: TestPortal.publicOrderKey)
                #expect(other.json?["items"] == .array([]))
            }
        }
    }

    @Test(
        "Bad paging parameters get 400 with the reason",
        arguments: [
            "limit=0", "limit=1001", "limit=abc", "after=-1", "after=abc", "after=99999999999999999999",
        ])
    func badParameters(query: String) async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let response = try await client.get("/api/v1/submissions?\(query)", key: TestPortal.waterKey)
                #expect(response.status == .badRequest)
                #expect(response.message?.contains("Parameter") == true)
            }
        }
    }

    @Test("A submission reads back with answers, form version and status history")
    func show() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let reference = try #require(try await Self.file(1, client: client).first)
                let parsed = try #require(Reference(reference))
                let stored = try #require(try await test.portal.submissions.submission(reference: parsed))
                _ = try await test.portal.submissions.changeStatus(
                    of: stored.id, to: .inProgress, by: "staff:test", note: "Prüfung begonnen", at: TestClock.now)

                let response = try await client.get("/api/v1/submissions/\(reference)", key: TestPortal.waterKey)
                #expect(response.status == .ok)
                let json = try #require(response.json)
                #expect(json["reference"] == .string(reference))
                #expect(json["service"] == .string("brunnenbohrung-anzeigen"))
                #expect(json["formVersion"] == .number(1))
                #expect(json["status"] == .string("inProgress"))
                #expect(json["answers"]?["bohrtiefe"] == .number(Decimal(string: "12.5")!))
                #expect(json["answers"]?["bohrbeginn"] == .string(TestClock.today.adding(days: 35).iso))
                #expect(json["answers"]?["erklaerung"] == .bool(true))
                guard case .array(let history)? = json["statusHistory"] else {
                    Issue.record("no history")
                    return
                }
                #expect(history.first?["to"] == .string("inProgress"))
                #expect(history.first?["note"] == .string("Prüfung begonnen"))

                let lower = try await client.get("/api/v1/submissions/\(reference.lowercased())", key: TestPortal.waterKey)
                #expect(lower.status == .ok)
            }
        }
    }

    @Test(
        "Other units' and unknown references look the same: 404",
        arguments: [
            ("own-other-unit", TestPortal.publicOrderKey), ("BRU-2026-ZZZZ-ZZZZ", TestPortal.waterKey), ("kein-aktenzeichen", TestPortal.waterKey),
        ])
    func notVisible(reference: String, key: String) async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let filed = try #require(try await Self.file(1, client: client).first)
                let path = reference == "own-other-unit" ? filed : reference
                let response = try await client.get("/api/v1/submissions/\(path)", key: key)
                #expect(response.status == .notFound)
                #expect(response.message == "Einen Antrag mit diesem Aktenzeichen gibt es für Ihre Organisationseinheit nicht.")
            }
        }
    }
}
