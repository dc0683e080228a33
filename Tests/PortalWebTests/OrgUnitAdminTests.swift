import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@testable import PortalWeb

@Suite("Org units in the browser, and who hears of an applicant's message")
struct OrgUnitAdminTests {
    @Test(
        "An admin builds the tree, sets a shared mailbox and the approval rule; bad entries are named and change nothing", arguments: TestDatabaseKind.allCases)
    func tree(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            try await test.addStaff("admin", password: "ein-langes-passwort", name: "Ada Admin", roles: [.admin], units: [])
            try await Application(router: test.router()).test(.router) { client in
                var admin = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&admin, "admin", "ein-langes-passwort")
                let list = try await admin.get("/intern/verwaltung/einheiten")
                #expect(list.status == .ok && list.text.contains("Untere Wasserbehörde") && list.text.contains("Anzeige einer Brunnenbohrung"))
                #expect(
                    try await admin.post("/intern/verwaltung/einheiten", [("name", "Fachbereich Umwelt"), ("kurzname", "umwelt"), ("freigabe", "ja")])
                        .location == "/intern/verwaltung/einheiten")
                let umwelt = try #require(try await test.portal.staff.orgUnit(slug: "umwelt"))
                let water = "/intern/verwaltung/einheiten/\(DemoCatalog.waterAuthority.id)"
                _ = try await admin.get(water)
                let saved = try await admin.post(
                    water,
                    [
                        ("name", "Untere Wasserbehörde"), ("kurzname", "untere-wasserbehoerde"), ("oben", umwelt.id.description),
                        ("postfach", "Wasser@Landkreis.example"),
                    ])
                #expect(saved.location == water)
                let stored = try #require(try await test.portal.staff.orgUnit(id: DemoCatalog.waterAuthority.id))
                #expect(stored.parentID == umwelt.id && stored.mailbox == "wasser@landkreis.example" && !stored.requiresApproval)
                let tree = try await admin.get("/intern/verwaltung/einheiten").text
                let parent = try #require(tree.range(of: "Fachbereich Umwelt</a>"))
                let child = try #require(tree.range(of: "depth-1\"><a href=\"\(water)\">Untere Wasserbehörde"))
                #expect(parent.lowerBound < child.lowerBound, "the child under its parent")

                // Refused: a taken or malformed short name, a parent below the unit itself, a bad mailbox.
                let before = try await test.portal.staff.orgUnits()
                for (path, fields, message) in [
                    ("/intern/verwaltung/einheiten", [("name", "Doppelt"), ("kurzname", "umwelt")], "Diesen Kurznamen hat schon"),
                    ("/intern/verwaltung/einheiten", [("name", "Falsch"), ("kurzname", "Groß Schreibung")], "nur Kleinbuchstaben"),
                    ("/intern/verwaltung/einheiten", [("name", ""), ("kurzname", "leer")], "Geben Sie den Namen ein."),
                    (
                        "/intern/verwaltung/einheiten/\(umwelt.id)",
                        [("name", "Fachbereich Umwelt"), ("kurzname", "umwelt"), ("oben", DemoCatalog.waterAuthority.id.description)],
                        "nicht zu sich selbst oder zu einer ihr untergeordneten"
                    ),
                    (
                        "/intern/verwaltung/einheiten/\(umwelt.id)", [("name", "Fachbereich Umwelt"), ("kurzname", "umwelt"), ("postfach", "kein-at")],
                        "name@beispiel.de"
                    ),
                    (
                        "/intern/verwaltung/einheiten/\(umwelt.id)", [("name", "Fachbereich Umwelt"), ("kurzname", "umwelt"), ("oben", "gibt-es-nicht")],
                        "übergeordnete Einheit gibt es nicht"
                    ),
                ] {
                    _ = try await admin.get("/intern/verwaltung/einheiten")
                    let refused = try await admin.post(path, fields)
                    #expect(refused.status == .unprocessableContent && refused.text.contains(message), "\(message)")
                }
                #expect(try await test.portal.staff.orgUnits() == before)
                let lines = try await test.portal.audit.events(target: "orgunit:\(DemoCatalog.waterAuthority.id)", limit: 10)
                #expect(lines.map(\.action) == [.orgUnitChanged])
            }
        }
    }

    @Test("Notices go to the case's case worker, else the unit's shared mailbox, else every case worker of the unit")
    func noticeRecipients() async throws {
        try await TestPortal.with { test in
            let anna = try await test.addStaff("anna", password: "ein-langes-passwort", name: "Anna", roles: [.caseWorker], units: [DemoCatalog.waterAuthority])
            var withAddress = anna
            withAddress.email = "anna@landkreis.example"
            try await test.portal.staff.save(withAddress)
            var bea = try await test.addStaff("bea", password: "ein-langes-passwort", name: "Bea", roles: [.caseWorker], units: [DemoCatalog.waterAuthority])
            bea.email = "bea@landkreis.example"
            try await test.portal.staff.save(bea)
            let references = try await test.application().test(.router) { client in try await SubmissionAPITests.file(1, client: client) }
            let reference = try #require(Reference(references[0]))
            let submission = try #require(try await test.portal.submissions.submission(reference: reference))
            let notices = CaseWorkerNotices(
                staff: test.portal.staff, submissions: test.portal.submissions, mail: RecordingMailSender(), publicBaseURL: nil, logger: Logger(label: "test"))
            #expect(Set(try await notices.recipients(of: submission)) == ["anna@landkreis.example", "bea@landkreis.example"])
            var unit = DemoCatalog.waterAuthority
            unit.mailbox = "wasser@landkreis.example"
            try await test.portal.staff.save(unit)
            #expect(try await notices.recipients(of: submission) == ["wasser@landkreis.example"])
            try await test.portal.submissions.assign(submission.id, to: bea.id, by: anna.id, at: TestClock.now)
            #expect(try await notices.recipients(of: submission) == ["bea@landkreis.example"])
        }
    }
}
