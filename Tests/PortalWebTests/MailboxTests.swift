import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalJobs
import PortalTestSupport
import Testing

@Suite("Case mailbox: messages between applicant and office (HTML)")
struct MailboxTests {
    /// Files the Brunnenbohrung without an account and opens its case page with reference and
    /// access code (from the confirmation page and the acknowledgement mail); returns the reference.
    static func fileAndOpen(_ applicant: inout TestBrowser, _ test: TestPortal) async throws -> String {
        try await FormFlowTests.fileAll(&applicant)
        let confirmation = try await applicant.get(FormFlowTests.base + "/eingegangen")
        let codeRange = try #require(
            confirmation.text.range(of: #"Ihr Zugangscode<br><strong class="access-code">[0-9A-Z-]{14}<"#, options: .regularExpression))
        let code = String(confirmation.text[codeRange].dropLast().suffix(14))
        let reference = String(try #require(try await test.queuedMails().last?.subject).dropFirst("Eingangsbestätigung: Ihr Antrag ".count))
        _ = try await applicant.get("/vorgang")
        #expect(try await applicant.post("/vorgang", [("aktenzeichen", reference), ("zugangscode", code)]).location == "/vorgang/\(reference)")
        return reference
    }

    @Test("Applicant and case worker write to each other; new messages are marked and mailed without their text; closed cases take none")
    func messages() async throws {
        try await TestPortal.with { test in
            var anna = try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            anna.email = "anna@landkreis.example"
            try await test.portal.staff.save(anna)
            try await test.addCaseWorker("otto", password: "ein-langes-passwort", name: "Otto Ordnung", units: [DemoCatalog.publicOrder])
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var applicant = TestBrowser(client)
                let reference = try await Self.fileAndOpen(&applicant, test)
                let casePath = "/vorgang/\(reference)"
                var page = try await applicant.get(casePath)
                #expect(page.text.contains("Zu diesem Antrag gibt es noch keine Nachrichten."))
                let empty = try await applicant.post(casePath + "/nachrichten", [("nachricht", "  ")])
                #expect(empty.status == .unprocessableContent)
                #expect(empty.text.contains("Bitte schreiben Sie eine Nachricht."))
                #expect(
                    try await applicant.post(casePath + "/nachrichten", [("nachricht", "Brauche ich einen Lageplan?\n<script>alert(1)</script>")]).location
                        == casePath + "#nachrichten")
                page = try await applicant.get(casePath)
                #expect(page.text.contains("Ihre Nachricht ist gesendet."))
                #expect(page.text.contains("Brauche ich einen Lageplan?<br>&lt;script&gt;alert(1)&lt;/script&gt;"))
                let toStaff = try #require(mail.mails.last)
                #expect(toStaff.to == "anna@landkreis.example" && toStaff.subject == "Neue Nachricht zu Antrag \(reference)")
                #expect(!toStaff.body.contains("Lageplan") && toStaff.body.contains("/intern/antraege/\(reference)"))

                var worker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&worker, "anna", "ein-langes-passwort")
                #expect(try await worker.get("/intern/eingang").text.contains("Nachrichten: Neu"))
                var staffPage = try await worker.get("/intern/antraege/\(reference)")
                #expect(staffPage.text.contains("Brauche ich einen Lageplan?") && staffPage.text.contains(#"<strong class="tag">Neu</strong>"#))
                #expect(!(try await worker.get("/intern/eingang")).text.contains("Nachrichten: Neu"), "read once opened")
                let mailsBefore = mail.mails.count
                #expect(
                    try await worker.post("/intern/antraege/\(reference)/nachrichten", [("nachricht", "Ja, bitte laden Sie einen Lageplan hoch.")]).status
                        == .seeOther)
                let notice = try #require(mail.mails.last)
                #expect(mail.mails.count == mailsBefore + 1)
                #expect(notice.to == "j.mueller@example.de" && notice.subject == "Neue Nachricht zu Ihrem Antrag \(reference)")
                #expect(!notice.body.contains("Lageplan"), "the message stays in the portal")
                page = try await applicant.get(casePath)
                #expect(
                    page.text.contains("Anna Schäfer") && page.text.contains("Ja, bitte laden Sie einen Lageplan hoch.") && page.text.contains(">Neu</strong>"))
                #expect(!(try await applicant.get(casePath)).text.contains(">Neu</strong>"))

                // Attachments, both ways, under the form's upload rules.
                _ = try await applicant.get(casePath)
                let zip = try await applicant.postMultipart(
                    casePath + "/nachrichten", [("nachricht", "Anbei")],
                    files: [(field: "anhang", name: "plan.pdf", data: Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 40)))])
                #expect(zip.status == .unprocessableContent)
                _ = try await applicant.get(casePath)
                #expect(
                    try await applicant.postMultipart(
                        casePath + "/nachrichten", [("nachricht", "Hier der Lageplan.")],
                        files: [(field: "anhang", name: "Lageplan.pdf", data: Data("%PDF-1.4\n%%EOF\n".utf8))]
                    ).status == .seeOther)
                staffPage = try await worker.get("/intern/antraege/\(reference)")
                let staffLink = try #require(staffPage.text.range(of: #"/intern/antraege/[A-Z0-9-]+/dateien/[0-9a-f-]+"#, options: .regularExpression))
                #expect(staffPage.text.contains("Lageplan.pdf"))
                #expect(try await worker.get(String(staffPage.text[staffLink])).status == .ok)
                #expect(
                    try await worker.postMultipart(
                        "/intern/antraege/\(reference)/nachrichten", [("nachricht", "Danke, hier unser Merkblatt.")],
                        files: [(field: "anhang", name: "Merkblatt.pdf", data: Data("%PDF-1.4\n%%EOF\n".utf8))]
                    ).status == .seeOther)
                page = try await applicant.get(casePath)
                let applicantLink = try #require(page.text.range(of: #"/vorgang/[A-Z0-9-]+/dateien/[0-9a-f-]+"#, options: .regularExpression))
                #expect(try await applicant.get(String(page.text[applicantLink])).status == .ok)
                var outsider = TestBrowser(client)
                #expect(try await outsider.get(String(page.text[applicantLink])).location == "/vorgang")

                var stranger = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&stranger, "otto", "ein-langes-passwort")
                _ = try await stranger.get("/intern/eingang")
                #expect(try await stranger.post("/intern/antraege/\(reference)/nachrichten", [("nachricht", "Hallo")]).status == .notFound)
                var nobody = TestBrowser(client)
                _ = try await nobody.get("/vorgang")
                #expect(try await nobody.post(casePath + "/nachrichten", [("nachricht", "Hallo")]).location == "/vorgang")

                // A closed case takes no more messages from either side.
                staffPage = try await worker.get("/intern/antraege/\(reference)")
                _ = try await worker.post("/intern/antraege/\(reference)/status", [("status", "inProgress")])
                _ = try await worker.get("/intern/antraege/\(reference)")
                _ = try await worker.post("/intern/antraege/\(reference)/status", [("status", "completed")])
                _ = try await worker.get("/intern/antraege/\(reference)")
                #expect(try await worker.post("/intern/antraege/\(reference)/nachrichten", [("nachricht", "Noch etwas")]).status == .conflict)
                page = try await applicant.get(casePath)
                #expect(page.text.contains("Der Vorgang ist abgeschlossen; neue Nachrichten sind nicht mehr möglich."))
                #expect(try await applicant.post(casePath + "/nachrichten", [("nachricht", "Noch eine Frage")]).status == .conflict)
                #expect(
                    try await test.portal.mailbox.messages(of: try #require(try await test.portal.submissions.submission(reference: Reference(reference)!)).id)
                        .count == 4)
            }
        }
    }

    @Test("The applicant withdraws an open application after confirming; then it takes no messages and cannot be withdrawn again")
    func withdraw() async throws {
        try await TestPortal.with { test in
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var applicant = TestBrowser(client)
                let reference = try await Self.fileAndOpen(&applicant, test)
                let casePath = "/vorgang/\(reference)"
                #expect(try await applicant.get(casePath).text.contains("Antrag zurückziehen"))
                let unconfirmed = try await applicant.post(casePath + "/zurueckziehen", [])
                #expect(unconfirmed.status == .unprocessableContent)
                #expect(unconfirmed.text.contains("Bitte bestätigen Sie, dass Sie den Antrag zurückziehen möchten."))
                #expect(try await applicant.post(casePath + "/zurueckziehen", [("bestaetigt", "true")]).location == casePath)
                let page = try await applicant.get(casePath)
                #expect(page.text.contains("Ihr Antrag ist zurückgezogen.") && page.text.contains("<dd>Von Ihnen zurückgezogen</dd>"))
                #expect(!page.text.contains("zurueckziehen-bestaetigen"), "no second withdrawal offered")
                #expect(try await applicant.post(casePath + "/zurueckziehen", [("bestaetigt", "true")]).status == .conflict)
                #expect(try await applicant.post(casePath + "/nachrichten", [("nachricht", "Doch nicht")]).status == .conflict)
                let caseFile = try await test.portal.submissions.caseFile(
                    of: try #require(try await test.portal.submissions.submission(reference: Reference(reference)!)).id)
                #expect(caseFile?.history.last?.actor == "Antragsteller:in")
            }
        }
    }

    @Test("The case worker delivers the decision as PDF; the applicant is told, fetches it, and the office sees when")
    func decision() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var applicant = TestBrowser(client)
                let reference = try await Self.fileAndOpen(&applicant, test)

                var worker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&worker, "anna", "ein-langes-passwort")
                let staffPath = "/intern/antraege/\(reference)"
                #expect(!(try await worker.get(staffPath)).text.contains("Bescheid zustellen"), "only once the case is in progress")
                _ = try await worker.post(staffPath + "/status", [("status", "inProgress")])
                #expect(try await worker.get(staffPath).text.contains("Bescheid zustellen"))
                let pdf = Data("%PDF-1.4\n1 0 obj\n<< >>\nendobj\n%%EOF\n".utf8)
                let noOutcome = try await worker.postMultipart(staffPath + "/bescheid", [], files: [(field: "bescheid", name: "Bescheid.pdf", data: pdf)])
                #expect(noOutcome.status == .unprocessableContent && noOutcome.text.contains("Bitte wählen Sie das Ergebnis des Bescheids."))
                // The error is listed at the top of the long case page, linked to the outcome.
                #expect(
                    noOutcome.text.contains(#"<div class="error-summary""#)
                        && noOutcome.text.contains(##"<a href="#ergebnis-0">Bitte wählen Sie das Ergebnis des Bescheids.</a>"##))
                #expect(noOutcome.text.contains("<title>Fehler: "))
                _ = try await worker.get(staffPath)
                let zip = try await worker.postMultipart(
                    staffPath + "/bescheid", [("ergebnis", "granted")],
                    files: [(field: "bescheid", name: "Bescheid.pdf", data: Data([0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0, count: 40)))])
                #expect(zip.status == .unprocessableContent)
                _ = try await worker.get(staffPath)
                // A chosen file and outcome lead to a check page first; nothing is delivered yet.
                let check = try await worker.postMultipart(
                    staffPath + "/bescheid", [("ergebnis", "granted"), ("_aktion", "pruefen")],
                    files: [(field: "bescheid", name: "Bescheid Müller.pdf", data: pdf)])
                #expect(check.status == .ok && check.text.contains("Bescheid prüfen und zustellen") && check.text.contains("<dd>Bewilligt</dd>"))
                #expect(check.text.contains("Bescheid Müller.pdf") && check.text.contains("erhält eine E-Mail"))
                #expect(
                    try await test.portal.decisions.decision(
                        of: try #require(try await test.portal.submissions.submission(reference: Reference(reference)!)).id) == nil)
                #expect(!(try await worker.get(staffPath)).text.contains("<dd>Entschieden</dd>"))
                let fileRange = try #require(check.text.range(of: #"name="datei" value="[0-9a-f-]+""#, options: .regularExpression))
                let fileID = String(check.text[fileRange].split(separator: "\"")[3])
                // Only the file kept aside for this case can be delivered.
                _ = try await worker.get(staffPath)
                let foreign = try await worker.post(
                    staffPath + "/bescheid", [("ergebnis", "granted"), ("_aktion", "zustellen"), ("datei", UUID().uuidString.lowercased())])
                #expect(foreign.status == .unprocessableContent && foreign.text.contains("nicht mehr vorhanden"))
                _ = try await worker.get(staffPath)
                let delivered = try await worker.post(staffPath + "/bescheid", [("ergebnis", "granted"), ("_aktion", "zustellen"), ("datei", fileID)])
                #expect(delivered.location == staffPath + "#bescheid")
                var staffPage = try await worker.get(staffPath)
                #expect(
                    staffPage.text.contains("<dd>Entschieden</dd>") && staffPage.text.contains("Noch nicht abgerufen") && staffPage.text.contains("Bewilligt"))
                #expect(staffPage.text.contains("(Anna Schäfer)") && !staffPage.text.contains("staff:anna"))
                // In English the portal's own history notes are English too.
                _ = try await worker.get("/sprache/en?zurueck=/")
                let englishPage = try await worker.get(staffPath)
                #expect(englishPage.text.contains("In progress → Decided (Anna Schäfer)<br>Decision delivered: Granted"))
                _ = try await worker.get("/sprache/de?zurueck=/")
                let notice = try #require(mail.mails.last)
                #expect(notice.to == "j.mueller@example.de" && notice.subject == "Bescheid zu Ihrem Antrag \(reference)")

                let casePage = try await applicant.get("/vorgang/\(reference)")
                #expect(casePage.text.contains("Bescheid abrufen (PDF)") && casePage.text.contains("<strong>Bewilligt</strong>"))
                #expect(casePage.text.contains(#"<form method="post" action="/vorgang/\#(reference)/bescheid">"#))
                #expect(!casePage.text.contains("zurueckziehen-bestaetigen"), "a decided case cannot be withdrawn")
                // After the decision: how to object to it, and no longer the usual processing time.
                #expect(casePage.text.contains("Wenn Sie mit dem Bescheid nicht einverstanden sind"))
                #expect(!casePage.text.contains("Übliche Bearbeitungsdauer"))
                #expect(casePage.text.contains("<dd>Entschieden – Ihr Bescheid liegt bereit</dd>"))
                // Delivery by retrieval has a legal effect: a GET (a link on another site) neither delivers nor downloads.
                #expect(try await applicant.get("/vorgang/\(reference)/bescheid").location == "/vorgang/\(reference)#bescheid")
                #expect(try await worker.get(staffPath).text.contains("Noch nicht abgerufen"))
                #expect(try await applicant.post("/vorgang/\(reference)/bescheid", [], csrf: "falsch").status == .forbidden)
                #expect(try await applicant.post("/vorgang/\(reference)/bescheid", []).location == "/vorgang/\(reference)/bescheid")
                #expect(try await applicant.get("/vorgang/\(reference)").text.contains("Bescheid herunterladen (PDF)"))
                let download = try await applicant.get("/vorgang/\(reference)/bescheid")
                #expect(download.status == .ok && download.headers[.contentType] == "application/pdf")
                #expect(download.headers[.contentDisposition]?.contains("filename=\"Bescheid-\(reference).pdf\"") == true)
                #expect(Data(download.body.readableBytesView) == pdf)
                staffPage = try await worker.get(staffPath)
                #expect(staffPage.text.contains("Vom Antragsteller abgerufen am 30.11.2026"))
                var stranger = TestBrowser(client)
                #expect(try await stranger.get("/vorgang/\(reference)/bescheid").location == "/vorgang")

                _ = try await worker.get(staffPath)
                #expect(
                    try await worker.post(staffPath + "/bescheid", [("ergebnis", "refused"), ("_aktion", "zustellen"), ("datei", fileID)]).status == .conflict)
                _ = try await worker.get(staffPath)
                #expect(try await worker.post(staffPath + "/status", [("status", "completed")]).status == .seeOther)
            }
        }
    }

    @Test("The case worker asks for named documents by a deadline; the applicant fills exactly those slots; the case returns; reminders only while open")
    func documentRequest() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var applicant = TestBrowser(client)
                let reference = try await Self.fileAndOpen(&applicant, test)
                let casePath = "/vorgang/\(reference)"

                var worker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&worker, "anna", "ein-langes-passwort")
                let staffPath = "/intern/antraege/\(reference)"
                _ = try await worker.get(staffPath)
                _ = try await worker.post(staffPath + "/status", [("status", "inProgress")])
                _ = try await worker.get(staffPath)
                let nothing = try await worker.post(staffPath + "/nachforderung", [("unterlagen", " "), ("frist", "01.01.2027")])
                #expect(nothing.status == .unprocessableContent && nothing.text.contains("Bitte nennen Sie mindestens eine Unterlage"))
                let past = try await worker.post(staffPath + "/nachforderung", [("unterlagen", "Lageplan"), ("frist", "01.01.2020")])
                #expect(past.text.contains("Die Frist muss in der Zukunft liegen."))
                let deadline = TestClock.today.adding(days: 14).german
                #expect(
                    try await worker.post(staffPath + "/nachforderung", [("unterlagen", "Lageplan\nFoto der Bohrstelle"), ("frist", deadline)]).location
                        == staffPath + "#nachforderung")
                let asked = try #require(mail.mails.last)
                #expect(
                    asked.subject == "Bitte reichen Sie Unterlagen nach: Antrag \(reference)" && asked.body.contains("- Foto der Bohrstelle")
                        && asked.body.contains(deadline))
                var staffPage = try await worker.get(staffPath)
                #expect(staffPage.text.contains("<dd>Wartet auf Antwort der antragstellenden Person</dd>") && staffPage.text.contains("offen bis \(deadline)"))

                var page = try await applicant.get(casePath)
                #expect(page.text.contains("Fehlende Unterlagen") && page.text.contains(#"<label class="label" for="unterlage-1">Foto der Bohrstelle</label>"#))
                let pdf = Data("%PDF-1.4\n%%EOF\n".utf8)
                let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 32))
                // Nothing chosen is a clear error; each document can come on its own.
                let none = try await applicant.postMultipart(casePath + "/unterlagen", [("_aktion", "hochladen")], files: [])
                #expect(none.status == .unprocessableContent && none.text.contains("Bitte wählen Sie mindestens eine Datei aus"))
                page = try await applicant.get(casePath)
                let first = try await applicant.postMultipart(
                    casePath + "/unterlagen", [("_aktion", "hochladen")], files: [(field: "unterlage-0", name: "Lageplan.pdf", data: pdf)])
                #expect(first.location == casePath + "#unterlagen")
                page = try await applicant.get(casePath)
                #expect(page.text.contains("Danke, eingegangen: Lageplan. Es fehlt noch: Foto der Bohrstelle."))
                #expect(page.text.contains("Eingegangen: <a href=") && page.text.contains(">Lageplan.pdf</a>"))
                #expect(page.text.contains("<dd>Wir warten auf Ihre Unterlagen</dd>") && page.text.contains("Fehlende Unterlagen"))
                // A wrong file in one slot is named at that slot; a good file chosen beside it is kept.
                let mixed = try await applicant.postMultipart(
                    casePath + "/unterlagen", [("_aktion", "hochladen")],
                    files: [
                        (field: "unterlage-0", name: "Lageplan-neu.pdf", data: pdf), (field: "unterlage-1", name: "Bohrstelle.exe", data: Data("MZ".utf8)),
                    ])
                #expect(mixed.status == .unprocessableContent)
                #expect(mixed.text.contains(##"<a href="#unterlage-1">Foto der Bohrstelle: "##))
                #expect(mixed.text.contains(">Lageplan-neu.pdf</a>") && mixed.text.contains("Die übrigen ausgewählten Dateien sind eingegangen"))
                #expect(
                    try await applicant.postMultipart(
                        casePath + "/unterlagen", [("_aktion", "hochladen")],
                        files: [
                            (field: "unterlage-1", name: "Bohrstelle.png", data: png)
                        ]
                    ).location == casePath)
                page = try await applicant.get(casePath)
                #expect(page.text.contains("Danke, Ihre Unterlagen sind eingegangen.") && page.text.contains("<dd>Wir bearbeiten Ihren Antrag</dd>"))
                #expect(!page.text.contains("Fehlende Unterlagen"))
                // What was sent stays visible to the applicant.
                #expect(
                    page.text.contains("Von Ihnen nachgereichte Unterlagen") && page.text.contains(">Bohrstelle.png</a>")
                        && page.text.contains(">Lageplan-neu.pdf</a>"))
                #expect(
                    try await applicant.postMultipart(casePath + "/unterlagen", [], files: [(field: "unterlage-0", name: "L.pdf", data: pdf)]).status
                        == .conflict)

                staffPage = try await worker.get(staffPath)
                #expect(staffPage.text.contains("erfüllt am") && staffPage.text.contains("Foto der Bohrstelle: Bohrstelle.png"))
                #expect(staffPage.text.contains("Lageplan: Lageplan-neu.pdf") && !staffPage.text.contains("Lageplan: Lageplan.pdf"))
                let fileLink = try #require(staffPage.text.range(of: #"/intern/antraege/[A-Z0-9-]+/dateien/[0-9a-f-]+"#, options: .regularExpression))
                #expect(try await worker.get(String(staffPage.text[fileLink])).status == .ok)

                // The reminder goes out only while a request is open.
                let submission = try #require(try await test.portal.submissions.submission(reference: Reference(reference)!))
                let answered = try #require(try await test.portal.documentRequests.requests(of: submission.id).first)
                let reminders = RecordingMailSender()
                let handler = DocumentReminderHandler(
                    requests: test.portal.documentRequests, submissions: test.portal.submissions, catalog: test.portal.catalog, accounts: test.portal.accounts,
                    mail: reminders, link: { _, _ in "/vorgang" }, text: { reference, _, _, deadline, _, _ in ("Erinnerung \(reference)", "bis \(deadline)") }
                )
                try await handler.run(Job(id: .init(UUID()), kind: .documentReminder, payload: answered.id.description, runAt: TestClock.now))
                #expect(reminders.mails.isEmpty)
                _ = try await worker.get(staffPath)
                _ = try await worker.post(staffPath + "/nachforderung", [("unterlagen", "Unterschrift"), ("frist", deadline)])
                let open = try #require(try await test.portal.documentRequests.requests(of: submission.id).first { $0.fulfilledAt == nil })
                try await handler.run(Job(id: .init(UUID()), kind: .documentReminder, payload: open.id.description, runAt: TestClock.now))
                #expect(reminders.mails.map(\.to) == ["j.mueller@example.de"])
                // An applicant without the document finishes the request; the office sees what did not come.
                _ = try await applicant.get(casePath)
                #expect(try await applicant.postMultipart(casePath + "/unterlagen", [("_aktion", "abschliessen")], files: []).location == casePath)
                #expect(try await applicant.get(casePath).text.contains("<dd>Wir bearbeiten Ihren Antrag</dd>"))
                #expect(try await worker.get(staffPath).text.contains("nicht eingereicht: Unterschrift"))
                #expect(try await test.portal.jobs.counts()[.queued, default: 0] >= 2, "each request queued its reminder")
            }
        }
    }
}
