import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import PortalCore
import PortalTestSupport
import Testing

@Suite("Public API: catalogue, forms, submissions")
struct CatalogAPITests {
    @Test("Health answers ok while the database answers, 503 when it does not")
    func health() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let response = try await client.get("/healthz")
                #expect(response.status == .ok)
                #expect(response.text == #"{"status":"ok"}"#)
            }
            try await test.application(databaseIsHealthy: { false }).test(.router) { client in
                let response = try await client.get("/healthz")
                #expect(response.status == .serviceUnavailable)
                #expect(response.json?["status"] == .string("unavailable"))
            }
        }
    }

    @Test("The service list shows published services with slug, title, summary and LeiKa key")
    func services() async throws {
        try await TestPortal.with { test in
            var hidden = try #require(try await test.portal.catalog.service(slug: "fundsache-melden"))
            hidden.isPublished = false
            try await test.portal.catalog.save(hidden)
            try await test.application().test(.router) { client in
                let response = try await client.get("/api/v1/services")
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                guard case .array(let items)? = response.json else {
                    Issue.record("not an array")
                    return
                }
                #expect(
                    items.map { $0["slug"] } == [
                        .string("brunnenbohrung-anzeigen"), .string("bauakteneinsicht-beantragen"), .string("baumfaellung-beantragen"),
                    ])
                #expect(items[0]["title"] == .string("Anzeige einer Brunnenbohrung"))
                #expect(items[0]["leikaKey"] == .null)
                #expect(items[0]["summary"] != nil)
            }
        }
    }

    @Test("The form document lists steps and fields with kinds, options and constraints")
    func form() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let response = try await client.get(Paths.form)
                #expect(response.status == .ok)
                let json = try #require(response.json)
                #expect(json["version"] == .number(1))
                guard case .array(let steps)? = json["steps"], case .array(let fields)? = steps[2]["fields"] else {
                    Issue.record("no steps")
                    return
                }
                #expect(steps.count == 4)
                #expect(steps[0]["title"] == .string("Angaben zur anzeigenden Person"))
                let purpose = fields[0]
                #expect(purpose["key"] == .string("zweck"))
                #expect(purpose["kind"] == .string("singleChoice"))
                #expect(purpose["required"] == .bool(true))
                guard case .array(let options)? = purpose["options"] else {
                    Issue.record("no options")
                    return
                }
                #expect(options.first?["value"] == .string("gartenbewaesserung"))
                #expect(options.first?["label"] == .string("Gartenbewässerung"))
                let start = fields[2]
                #expect(start["kind"] == .string("date"))
                #expect(start["constraints"]?["earliestDaysFromToday"] == .number(28))
                #expect(fields[3]["constraints"]?["min"] == .number(1))
                #expect(fields[2]["hint"] == .string("Frühestens vier Wochen nach dieser Anzeige."))
                #expect(fields[1]["showIf"] == .object([.init("equals", .object([.init("field", .string("zweck")), .init("value", .string("sonstiges"))]))]))
                #expect(fields[0]["showIf"] == nil)
            }
        }
    }

    @Test("The receipt says whether the acknowledgement was mailed: after five mails to one address in an hour it is refused, and the code must be passed on")
    func acknowledgementRefused() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                var answers: [String] = []
                for _ in 0..<6 {
                    let response = try await client.postJSON(Paths.submissions, WellDrillingAnswers.body(WellDrillingAnswers.valid()))
                    #expect(response.status == .created)
                    if case .string(let said)? = response.json?["acknowledgement"] { answers.append(said) }
                }
                #expect(answers == ["mailed", "mailed", "mailed", "mailed", "mailed", "refused"])
            }
        }
    }

    @Test("Valid answers are filed as in the browser: 201 with reference, time and access code, a hand-over job, the receipt and the acknowledgement mail")
    func submits() async throws {
        try await TestPortal.with { test in
            let code = try await test.application().test(.router) { client in
                let response = try await client.postJSON(Paths.submissions, WellDrillingAnswers.body(WellDrillingAnswers.valid()))
                #expect(response.status == .created)
                let match = try #require(
                    response.text.wholeMatch(
                        of:
                            #/\{"accessCode":"([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})","acknowledgement":"mailed","receivedAt":"2026-11-30T09:15:00.000Z","reference":"BRU-2026-0000-0002"\}/#
                    ))
                let code = String(match.1)
                // Reference and code open the applicant's status page.
                var applicant = TestBrowser(client)
                _ = try await applicant.get("/vorgang")
                #expect(
                    try await applicant.post("/vorgang", [("aktenzeichen", "BRU-2026-0000-0002"), ("zugangscode", code)]).location
                        == "/vorgang/BRU-2026-0000-0002")
                return code
            }
            let reference = try #require(Reference("BRU-2026-0000-0002"))
            let stored = try #require(try await test.portal.submissions.submission(reference: reference))
            #expect(stored.answers["nachname"] == .string("Müller-Lüdenscheidt"))
            #expect(stored.status == .received)
            // The applicant gets the same acknowledgement as from the browser, with the code.
            let acknowledgement = try #require(try await test.queuedMails().last)
            #expect(acknowledgement.to == "j.mueller@example.de" && acknowledgement.subject == "Eingangsbestätigung: Ihr Antrag \(reference.rawValue)")
            #expect(acknowledgement.body.contains("Zugangscode: \(code)"))
            // The hand-over, the receipt and the mail's delivery.
            #expect(try await test.portal.jobs.counts() == [.queued: 3])

            #expect(try await test.worker().runOnce() == 3)
            #expect(try await test.portal.submissions.submission(id: stored.id)?.handedOverAt == TestClock.now)
            #expect(try await test.portal.receipts.receipt(of: stored.id) != nil)
            #expect(try await test.portal.jobs.counts() == [.done: 3])
        }
    }

    @Test("Invalid answers get 422 with a German message per field and store nothing")
    func refusesInvalidAnswers() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                var answers = WellDrillingAnswers.replacing("bohrbeginn", with: .string(TestClock.today.adding(days: 3).iso))
                answers.removeAll { $0.key == "plz" }
                answers.append(.init("unbekannt", .string("x")))
                let response = try await client.postJSON(Paths.submissions, WellDrillingAnswers.body(answers))
                #expect(response.status == .unprocessableContent)
                #expect(response.errorFields == ["unbekannt", "plz", "bohrbeginn"])
                #expect(response.text.contains("„Geplanter Beginn der Bohrung“ darf nicht vor dem 28.12.2026 liegen."))
                #expect(response.message == "Die Angaben sind unvollständig oder fehlerhaft.")
            }
            #expect(try await test.portal.submissions.count() == 0)
        }
    }

    @Test(
        "Bad requests get a specific 4xx with a German JSON message",
        arguments: [
            ("{\"answers\":", 400, "Der Inhalt ist kein gültiges JSON in UTF-8."),
            ("[1,2]", 400, "Erwartet wird ein JSON-Objekt der Form {\"answers\": {…}}."),
            ("{}", 400, "„answers“ fehlt oder ist kein JSON-Objekt."),
            ("{\"answers\": [1]}", 400, "„answers“ fehlt oder ist kein JSON-Objekt."),
            ("{\"answers\": {}, \"extra\": 1}", 400, "Das Feld „extra“ ist unbekannt; erlaubt ist nur „answers“."),
            ("", 400, "Der Inhalt ist kein gültiges JSON in UTF-8."),
        ])
    func badRequests(body: String, status: Int, message: String) async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let response = try await client.postJSON(Paths.submissions, body)
                #expect(response.status.code == status)
                #expect(response.message == message)
            }
            #expect(try await test.portal.submissions.count() == 0)
        }
    }

    @Test("Messages come in the language the client asks for (Accept-Language), German otherwise; field errors too")
    func languageOfMessages() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                func post(_ body: String, _ language: String?) async throws -> TestResponse {
                    var headers: HTTPFields = [.contentType: "application/json"]
                    if let language { headers[.acceptLanguage] = language }
                    return try await client.execute(uri: Paths.submissions, method: .post, headers: headers, body: ByteBuffer(string: body))
                }
                #expect(try await post("[1]", "en-GB,en;q=0.9").message == "Expected a JSON object of the form {\"answers\": {…}}.")
                #expect(try await post("[1]", "fr, de;q=0.5").message == "Erwartet wird ein JSON-Objekt der Form {\"answers\": {…}}.")
                #expect(try await post("[1]", "fr").message == "Erwartet wird ein JSON-Objekt der Form {\"answers\": {…}}.")
                let invalid = try await post(#"{"answers": {"plz": "abc"}}"#, "en")
                #expect(invalid.status == .unprocessableContent)
                #expect(invalid.message == "The answers are incomplete or incorrect.")
                // Every field's message is English too: a missing first name says "Enter …", not "Bitte …".
                #expect(invalid.text.contains("Enter “") && !invalid.text.contains("Bitte"))
                let unknown = try await client.execute(uri: "/api/v1/services/gibt-es-nicht/form", method: .get, headers: [.acceptLanguage: "en"])
                #expect(unknown.message == "This service does not exist or cannot be applied for online.")
            }
        }
    }

    @Test("Invalid UTF-8, wrong content type, huge bodies and unknown services are refused")
    func transportErrors() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let invalidUTF8 = try await client.postBytes(Paths.submissions, Array("{\"answers\":{\"vorname\":\"".utf8) + [0xC3, 0x28] + Array("\"}}".utf8))
                #expect(invalidUTF8.status == .badRequest)

                let form = try await client.postJSON(Paths.submissions, "vorname=x", contentType: "application/x-www-form-urlencoded")
                #expect(form.status == .unsupportedMediaType)
                #expect(form.message?.contains("JSON") == true)

                let huge = "{\"answers\":{\"vorname\":\"" + String(repeating: "a", count: 300_000) + "\"}}"
                let tooLarge = try await client.postJSON(Paths.submissions, huge)
                #expect(tooLarge.status == .contentTooLarge)
                #expect(tooLarge.message == "Die Anfrage ist zu groß.")

                let longText = WellDrillingAnswers.replacing("vorname", with: .string(String(repeating: "ä", count: 5000)))
                let tooLong = try await client.postJSON(Paths.submissions, WellDrillingAnswers.body(longText))
                #expect(tooLong.status == .unprocessableContent)
                #expect(tooLong.errorFields == ["vorname"])

                let unknown = try await client.postJSON("/api/v1/services/gibt-es-nicht/submissions", "{\"answers\":{}}")
                #expect(unknown.status == .notFound)
                #expect(unknown.message == "Diese Leistung gibt es nicht oder sie kann nicht online beantragt werden.")
                #expect(try await client.get("/api/v1/services/gibt-es-nicht/form").status == .notFound)

                let wrongMethod = try await client.execute(uri: Paths.form, method: .delete)
                #expect(wrongMethod.status.code == 404 || wrongMethod.status.code == 405)
                #expect(wrongMethod.headers[.contentType] == "application/json; charset=utf-8")
            }
            #expect(try await test.portal.submissions.count() == 0)
        }
    }

    @Test("Every response carries the security headers, errors included")
    func securityHeaders() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                for path in ["/", "/api/v1/services", "/gibt-es-nicht"] {
                    let response = try await client.get(path)
                    #expect(response.headers[.xContentTypeOptions] == "nosniff")
                    #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                    #expect(response.headers[.contentSecurityPolicy]?.contains("unsafe-inline") == false)
                }
            }
        }
    }

    @Test("The OpenAPI description is served and is the one in the repository")
    func openAPI() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                let response = try await client.get("/api/v1/openapi.yaml")
                #expect(response.status == .ok)
                let repositoryFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../openapi.yaml")
                #expect(response.text == (try String(contentsOf: repositoryFile, encoding: .utf8)))
                #expect(response.text.hasPrefix("openapi: 3.1"))
            }
        }
    }
}
