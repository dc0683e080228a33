import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import PortalWeb
import SQLKit
import Testing

@Suite("Citizen accounts: register, confirm, sign in, new password, Meine Anträge (HTML)")
struct AccountTests {
    static let password = "mein Hund heißt Bello"

    /// The path in the last mail's link (`/konto/bestaetigen/…`).
    static func linkPath(_ mail: Mail?, _ prefix: String) throws -> String {
        let body = try #require(mail?.body)
        let range = try #require(body.range(of: prefix + "[A-Za-z0-9_-]+", options: .regularExpression))
        return String(body[range])
    }

    /// Registers, confirms by the mailed link and signs in.
    static func signedIn(_ browser: inout TestBrowser, _ email: String, _ mail: RecordingMailSender) async throws {
        let confirm = try await register(&browser, email, mail)
        _ = try await browser.get(confirm)
        _ = try await browser.post(confirm, [])
        _ = try await browser.get("/konto/anmelden")
        #expect(try await browser.post("/konto/anmelden", [("email", email), ("passwort", password)]).location == "/konto")
    }

    static func register(_ browser: inout TestBrowser, _ email: String, _ mail: RecordingMailSender) async throws -> String {
        _ = try await browser.get("/konto/registrieren")
        let response = try await browser.post("/konto/registrieren", [("email", email), ("passwort", Self.password)])
        #expect(response.status == .ok)
        #expect(response.text.contains("Bitte bestätigen Sie Ihre E-Mail-Adresse"))
        return try Self.linkPath(mail.mails.last, "/konto/bestaetigen/")
    }

    @Test(
        "Register, confirm by the mailed link, sign in, apply; the case and its status are under Meine Anträge, a status change is mailed, others see nothing")
    func lifecycle() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var citizen = TestBrowser(client)
                _ = try await citizen.get("/konto/registrieren")
                let bad = try await citizen.post("/konto/registrieren", [("email", "kein-at"), ("passwort", "kurz")])
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("Bitte geben Sie eine E-Mail-Adresse in der Form name@beispiel.de an."))
                #expect(bad.text.contains("Das Passwort muss mindestens 10 Zeichen lang sein."))
                let weak = try await citizen.post("/konto/registrieren", [("email", "erika@example.de"), ("passwort", "passwort123")])
                #expect(weak.text.contains("Dieses Passwort ist zu leicht zu erraten."))
                #expect(mail.mails.isEmpty)

                let confirm = try await Self.register(&citizen, "Erika@Example.de", mail)
                #expect(mail.mails.last?.to == "erika@example.de")
                #expect(mail.mails.last?.subject == "Bitte bestätigen Sie Ihre E-Mail-Adresse")
                let early = try await citizen.post("/konto/anmelden", [("email", "erika@example.de"), ("passwort", Self.password)])
                #expect(early.status == .forbidden)
                #expect(early.text.contains("Ihre E-Mail-Adresse ist noch nicht bestätigt."))

                // Opening the link only shows the button; the POST confirms, once.
                #expect(try await citizen.get(confirm).text.contains("Adresse bestätigen"))
                #expect(try await citizen.post(confirm, []).location == "/konto/anmelden")
                #expect(try await citizen.get("/konto/anmelden").text.contains("Ihre E-Mail-Adresse ist bestätigt."))
                #expect(try await citizen.post(confirm, []).status == .gone)

                let wrong = try await citizen.post("/konto/anmelden", [("email", "erika@example.de"), ("passwort", "falsches Passwort!")])
                #expect(wrong.status == .unauthorized)
                #expect(wrong.text.contains("E-Mail-Adresse oder Passwort sind nicht richtig."))
                let unknown = try await citizen.post("/konto/anmelden", [("email", "niemand@example.de"), ("passwort", Self.password)])
                #expect(unknown.status == .unauthorized && unknown.text.contains("E-Mail-Adresse oder Passwort sind nicht richtig."))
                #expect(try await citizen.post("/konto/anmelden", [("email", "ERIKA@example.de"), ("passwort", Self.password)]).location == "/konto")
                #expect(try await citizen.get("/konto").text.contains("Sie haben mit diesem Konto noch keinen Antrag gestellt."))

                // Applying while signed in puts the case into the account.
                try await FormFlowTests.open(&citizen)
                for (index, fields) in FormFlowTests.steps.enumerated() {
                    _ = try await citizen.post(FormFlowTests.base + "/schritt/\(index + 1)", fields)
                }
                #expect(try await citizen.post(FormFlowTests.base + "/pruefen", []).location == FormFlowTests.base + "/eingegangen")
                let account = try #require(try await test.portal.accounts.account(email: "erika@example.de"))
                let filed = try await test.portal.accounts.submissions(of: account.id)
                let reference = try #require(filed.first?.reference.rawValue)
                let home = try await citizen.get("/konto")
                #expect(home.text.contains(reference) && home.text.contains("Anzeige einer Brunnenbohrung") && home.text.contains("Eingegangen"))
                var page = try await citizen.get("/konto/antraege/\(reference)")
                #expect(page.status == .ok)
                #expect(page.text.contains("Wie geht es weiter?"))
                #expect(!page.text.contains("Brunnenbau Nord GmbH"), "the status page shows the case, not the answers")

                var worker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&worker, "anna", "ein-langes-passwort")
                _ = try await worker.get("/intern/antraege/\(reference)")
                let mailsBefore = mail.mails.count
                #expect(
                    try await worker.post("/intern/antraege/\(reference)/status", [("status", "inProgress"), ("vermerk", "Vermerk nur intern")]).status
                        == .seeOther)
                #expect(mail.mails.count == mailsBefore + 1)
                let notice = try #require(mail.mails.last)
                #expect(notice.to == "erika@example.de")
                #expect(notice.subject == "Neuer Stand zu Ihrem Antrag \(reference)")
                #expect(notice.body.contains("Wir bearbeiten Ihren Antrag") && notice.body.contains("/konto/antraege/\(reference)"))
                #expect(!notice.body.contains("Vermerk") && !notice.body.contains("Müller"), "no notes, no answers in the mail")
                page = try await citizen.get("/konto/antraege/\(reference)")
                #expect(page.text.contains("<dd>Wir bearbeiten Ihren Antrag</dd>"))

                // Another account, and nobody signed in, see nothing of it.
                var other = TestBrowser(client)
                let otherConfirm = try await Self.register(&other, "max@example.de", mail)
                _ = try await other.get(otherConfirm)
                _ = try await other.post(otherConfirm, [])
                _ = try await other.get("/konto/anmelden")
                _ = try await other.post("/konto/anmelden", [("email", "max@example.de"), ("passwort", Self.password)])
                #expect(try await other.get("/konto/antraege/\(reference)").status == .notFound)
                #expect(!(try await other.get("/konto")).text.contains(reference))
                var stranger = TestBrowser(client)
                #expect(try await stranger.get("/konto/antraege/\(reference)").location == "/konto/anmelden")

                _ = try await citizen.get("/konto")
                #expect(try await citizen.post("/konto/abmelden", []).location == "/")
                #expect(try await citizen.get("/konto").location == "/konto/anmelden")
            }
        }
    }

    @Test("Registering a known address and asking for a new password answer the same as for unknown ones; the reset link works once")
    func noEnumeration() async throws {
        try await TestPortal.with { test in
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var citizen = TestBrowser(client)
                let confirm = try await Self.register(&citizen, "erika@example.de", mail)
                _ = try await citizen.get(confirm)
                _ = try await citizen.post(confirm, [])

                var someone = TestBrowser(client)
                _ = try await someone.get("/konto/registrieren")
                let again = try await someone.post("/konto/registrieren", [("email", "erika@example.de"), ("passwort", "ein ganz anderes Passwort")])
                let fresh = try await someone.post("/konto/registrieren", [("email", "neu@example.de"), ("passwort", "ein ganz anderes Passwort")])
                #expect(again.status == fresh.status)
                #expect(again.text.replacingOccurrences(of: "erika@example.de", with: "X") == fresh.text.replacingOccurrences(of: "neu@example.de", with: "X"))
                #expect(mail.mails.first { $0.to == "erika@example.de" && $0.subject == "Ihr Konto beim Serviceportal" } != nil)

                _ = try await someone.get("/konto/passwort-vergessen")
                let count = mail.mails.count
                let unknown = try await someone.post("/konto/passwort-vergessen", [("email", "niemand@example.de")])
                #expect(mail.mails.count == count)
                let known = try await someone.post("/konto/passwort-vergessen", [("email", "erika@example.de")])
                #expect(known.status == unknown.status && known.text == unknown.text)
                #expect(known.text.contains("Wenn es ein Konto mit dieser Adresse gibt"))
                let reset = try Self.linkPath(mail.mails.last, "/konto/passwort-neu/")
                #expect(mail.mails.last?.to == "erika@example.de")

                _ = try await someone.get(reset)
                let weak = try await someone.post(reset, [("passwort", "1234567890")])
                #expect(weak.status == .unprocessableContent)
                #expect(try await someone.post(reset, [("passwort", "ein neuer langer Satz")]).location == "/konto/anmelden")
                #expect(try await someone.post(reset, [("passwort", "noch ein anderer Satz")]).status == .gone)
                _ = try await someone.get("/konto/anmelden")
                #expect(try await someone.post("/konto/anmelden", [("email", "erika@example.de"), ("passwort", Self.password)]).status == .unauthorized)
                #expect(try await someone.post("/konto/anmelden", [("email", "erika@example.de"), ("passwort", "ein neuer langer Satz")]).location == "/konto")
                #expect(try await someone.get("/konto/bestaetigen/zu-kurz").status == .notFound)
            }
        }
    }

    @Test("Without an account: the confirmation shows an access code, the acknowledgement mail carries it, reference and code open the status page")
    func accessCode() async throws {
        try await TestPortal.with { test in
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var applicant = TestBrowser(client)
                try await FormFlowTests.fileAll(&applicant)
                let confirmation = try await applicant.get(FormFlowTests.base + "/eingegangen")
                let codeRange = try #require(
                    confirmation.text.range(of: #"Ihr Zugangscode<br><strong class="access-code">[0-9A-Z-]{14}<"#, options: .regularExpression))
                let code = String(confirmation.text[codeRange].dropLast().suffix(14))
                let acknowledgement = try #require(try await test.queuedMails().last)
                #expect(acknowledgement.to == "j.mueller@example.de")
                #expect(acknowledgement.subject.hasPrefix("Eingangsbestätigung: Ihr Antrag "))
                let reference = String(acknowledgement.subject.dropFirst("Eingangsbestätigung: Ihr Antrag ".count))
                #expect(acknowledgement.body.contains("Zugangscode: \(code)") && acknowledgement.body.contains("/vorgang"))
                #expect(!acknowledgement.body.contains("Brunnenbau Nord") && !acknowledgement.body.contains("Müller"), "no answers in the mail")
                #expect(try await test.portal.submissions.submission(reference: try #require(Reference(reference)))?.accessCodeHash?.contains(code) == false)

                var elsewhere = TestBrowser(client)
                #expect(try await elsewhere.get("/vorgang/\(reference)").location == "/vorgang")
                _ = try await elsewhere.get("/vorgang")
                let wrong = try await elsewhere.post("/vorgang", [("aktenzeichen", reference), ("zugangscode", "AAAA-AAAA-AAAA")])
                #expect(wrong.status == .unauthorized)
                #expect(wrong.text.contains("Aktenzeichen und Zugangscode passen nicht zusammen."))
                let unknown = try await elsewhere.post("/vorgang", [("aktenzeichen", "BRU-2026-ZZZZ-ZZZZ"), ("zugangscode", code)])
                #expect(unknown.status == .unauthorized && unknown.text.contains("Aktenzeichen und Zugangscode passen nicht zusammen."))
                // Typed leniently: lower case, spaces instead of dashes.
                let opened = try await elsewhere.post(
                    "/vorgang", [("aktenzeichen", reference.lowercased()), ("zugangscode", code.lowercased().replacingOccurrences(of: "-", with: " "))])
                #expect(opened.location == "/vorgang/\(reference)")
                let status = try await elsewhere.get("/vorgang/\(reference)")
                #expect(status.status == .ok && status.text.contains("Wie geht es weiter?") && status.text.contains("<dd>Eingegangen</dd>"))

                var guesser = TestBrowser(client)
                _ = try await guesser.get("/vorgang")
                for _ in 0..<5 { _ = try await guesser.post("/vorgang", [("aktenzeichen", reference), ("zugangscode", "BBBB-BBBB-BBBB")]) }
                #expect(try await guesser.post("/vorgang", [("aktenzeichen", reference), ("zugangscode", code)]).status == .tooManyRequests)
            }
        }
    }

    @Test("The account holder downloads their data, moves to a new address confirmed there, and deletes the account; the cases stay")
    func settings() async throws {
        try await TestPortal.with { test in
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var citizen = TestBrowser(client)
                try await Self.signedIn(&citizen, "erika@example.de", mail)
                try await FormFlowTests.fileAll(&citizen)

                // A message with an attachment belongs to the data too.
                let filed = try #require(try await test.portal.accounts.account(email: "erika@example.de").map { $0.id })
                let ownReference = try #require(try await test.portal.accounts.submissions(of: filed).first?.reference.rawValue)
                _ = try await citizen.get("/konto/antraege/\(ownReference)")
                #expect(
                    try await citizen.postMultipart(
                        "/konto/antraege/\(ownReference)/nachrichten", [("nachricht", "Anbei der Lageplan.")],
                        files: [(field: "anhang", name: "Lageplan.pdf", data: Data("%PDF-1.4\n%%EOF\n".utf8))]
                    ).status == .seeOther)
                let export = try await citizen.get("/konto/daten")
                #expect(export.status == .ok && export.headers[.contentDisposition]?.contains("meine-daten-2026-11-30.zip") == true)
                #expect(export.headers[.contentType] == "application/zip")
                let archive = Data(export.body.readableBytesView)
                let (check, json, attachment) = try CommandLineTool.withTemporaryFile(archive, extension: "zip") { path in
                    (
                        try CommandLineTool.run("/usr/bin/unzip", ["-t", path]), try CommandLineTool.run("/usr/bin/unzip", ["-p", path, "daten.json"]),
                        try CommandLineTool.run("/usr/bin/unzip", ["-p", path, "dateien/\(ownReference)/1-Lageplan.pdf"])
                    )
                }
                #expect(
                    check?.status == 0 && check?.text.contains("No errors detected") == true, "\(check?.text ?? "unzip is missing; scripts/test installs it")")
                #expect(attachment?.data == Data("%PDF-1.4\n%%EOF\n".utf8), "the file itself is in the archive")
                let document = try JSONDecoder().decode(JSONValue.self, from: try #require(json?.data))
                #expect(document["account"]?["email"] == .string("erika@example.de"))
                guard case .array(let applications)? = document["applications"] else {
                    Issue.record("no applications")
                    return
                }
                #expect(applications.count == 1)
                #expect(applications.first?["answers"]?["vorname"] == .string("Jürgen"))
                guard case .array(let files)? = applications.first?["files"], case .array(let messages)? = applications.first?["messages"] else {
                    Issue.record("no files or messages in the export")
                    return
                }
                #expect(files.map { $0["name"] } == [.string("Lageplan.pdf")])
                #expect(files.map { $0["path"] } == [.string("dateien/\(ownReference)/1-Lageplan.pdf")])
                #expect(document["account"]?["trustLevel"] == .string("basis"))
                #expect(messages.map { $0["text"] } == [.string("Anbei der Lageplan.")])
                let reference = try #require(applications.first?["reference"].flatMap { if case .string(let text) = $0 { text } else { nil } })

                _ = try await citizen.get("/konto")
                let wrong = try await citizen.post("/konto/email", [("email", "erika.neu@example.de"), ("passwort", "falsch falsch falsch")])
                #expect(wrong.status == .unprocessableContent && wrong.text.contains("Das Passwort ist nicht richtig."))
                #expect(try await citizen.post("/konto/email", [("email", "erika.neu@example.de"), ("passwort", Self.password)]).status == .seeOther)
                #expect(mail.mails.last?.to == "erika.neu@example.de")
                let change = try Self.linkPath(mail.mails.last, "/konto/email-bestaetigen/")
                #expect(try await test.portal.accounts.account(email: "erika@example.de") != nil, "nothing changes before the new address confirms")
                _ = try await citizen.get(change)
                let changed = try await citizen.post(change, [])
                #expect(changed.text.contains("Ihre neue E-Mail-Adresse gilt jetzt."))
                _ = try await citizen.get("/konto/anmelden")
                #expect(try await citizen.post("/konto/anmelden", [("email", "erika@example.de"), ("passwort", Self.password)]).status == .unauthorized)
                #expect(try await citizen.post("/konto/anmelden", [("email", "erika.neu@example.de"), ("passwort", Self.password)]).location == "/konto")

                // A second device stays signed in until the account is deleted.
                var phone = TestBrowser(client)
                _ = try await phone.get("/konto/anmelden")
                #expect(try await phone.post("/konto/anmelden", [("email", "erika.neu@example.de"), ("passwort", Self.password)]).location == "/konto")
                let accountID = try #require(try await test.portal.accounts.account(email: "erika.neu@example.de")).id
                _ = try await citizen.get("/konto")
                #expect(try await citizen.post("/konto/loeschen", [("passwort", "")]).status == .unprocessableContent)
                let deleted = try await citizen.post("/konto/loeschen", [("passwort", Self.password)])
                #expect(deleted.text.contains("Ihr Konto ist gelöscht."))
                #expect(try await test.portal.accounts.account(email: "erika.neu@example.de") == nil)
                // Nothing of the account is left: sessions, tokens (confirmation, new password), linked identities.
                for (table, column, value) in [
                    ("sessions", "owner", SessionOwner.account(accountID).rawValue), ("account_tokens", "account_id", accountID.description),
                    ("linked_identities", "account_id", accountID.description),
                ] {
                    let left = try await test.portal.database.reader.raw(
                        "SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE \(unsafeRaw: column) = \(bind: value)"
                    )
                    .first()?.decode(column: "n", as: Int.self)
                    #expect(left == 0, "\(table)")
                }
                #expect(try await phone.get("/konto").location == "/konto/anmelden", "the other device is signed out too")
                let submission = try await test.portal.submissions.submission(reference: Reference(reference)!)
                #expect(submission != nil && submission?.accountID == nil, "the case stays with the office, unlinked")
                #expect(try await citizen.get("/konto").location == "/konto/anmelden")
            }
        }
    }

    @Test("Details kept in the account fill the matching fields of a new application, marked and editable")
    func prefill() async throws {
        try await TestPortal.with { test in
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var citizen = TestBrowser(client)
                try await Self.signedIn(&citizen, "erika@example.de", mail)
                _ = try await citizen.get("/konto")
                let bad = try await citizen.post("/konto/angaben", [("vorname", "Erika"), ("plz", "123")])
                #expect(bad.status == .unprocessableContent && bad.text.contains("Die Postleitzahl hat fünf Ziffern."))
                #expect(bad.text.contains(#"value="Erika""#), "what was typed comes back")
                #expect(
                    try await citizen.post(
                        "/konto/angaben",
                        [
                            ("vorname", "Erika"), ("nachname", "Müller-Lüdenscheidt"), ("strasse", "Hauptstraße 5"), ("plz", "24534"), ("ort", "Neumünster"),
                            ("telefon", ""),
                        ]
                    ).location == "/konto#angaben")
                try await FormFlowTests.open(&citizen)
                let step = try await citizen.get(FormFlowTests.base + "/schritt/1")
                #expect(step.text.contains("Einige Angaben sind aus Ihrem Konto schon eingetragen."))
                for value in [#"value="Erika""#, #"value="Müller-Lüdenscheidt""#, #"value="Hauptstraße 5""#, #"value="24534""#, #"value="erika@example.de""#] {
                    #expect(step.text.contains(value), "\(value)")
                }
                // Changed in the form, the form's answer counts.
                var fields = FormFlowTests.steps[0]
                fields[0] = ("vorname", "Erika Maria")
                #expect(try await citizen.post(FormFlowTests.base + "/schritt/1", fields).status == .seeOther)
                #expect(try await citizen.get(FormFlowTests.base + "/schritt/1").text.contains(#"value="Erika Maria""#))
                #expect(!(try await citizen.get(FormFlowTests.base + "/schritt/2")).text.contains("aus Ihrem Konto"))
                // An address block is filled like single fields: street and house number apart.
                _ = try await citizen.get("/leistungen/baumfaellung-beantragen/antrag")
                let trees = try await citizen.get("/leistungen/baumfaellung-beantragen/antrag/schritt/1")
                #expect(trees.text.contains("Einige Angaben sind aus Ihrem Konto schon eingetragen."))
                for value in [
                    #"name="anschrift.street" type="text" value="Hauptstraße""#, #"name="anschrift.houseNumber" type="text" value="5""#,
                    #"name="anschrift.postalCode" type="text" value="24534""#, #"name="anschrift.city" type="text" value="Neumünster""#,
                ] {
                    #expect(trees.text.contains(value), "\(value)")
                }
            }
        }
    }

    @Test("Who registered in English gets the case mails in English")
    func englishMails() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var citizen = TestBrowser(client)
                citizen.cookies["sp_lang"] = "en"
                _ = try await citizen.get("/konto/registrieren")
                _ = try await citizen.post("/konto/registrieren", [("email", "jane@example.com"), ("passwort", Self.password)])
                #expect(mail.mails.last?.subject == "Please confirm your e-mail address")
                let confirm = try Self.linkPath(mail.mails.last, "/konto/bestaetigen/")
                _ = try await citizen.get(confirm)
                _ = try await citizen.post(confirm, [])
                _ = try await citizen.get("/konto/anmelden")
                _ = try await citizen.post("/konto/anmelden", [("email", "jane@example.com"), ("passwort", Self.password)])
                try await FormFlowTests.fileAll(&citizen)
                let account = try #require(try await test.portal.accounts.account(email: "jane@example.com"))
                #expect(account.language == .english)
                let home = try await citizen.get("/konto")
                #expect(home.text.contains(">Given name</label>") && !home.text.contains(">Vorname</label>"), "the profile form speaks English too")
                let reference = try #require(try await test.portal.accounts.submissions(of: account.id).first?.reference.rawValue)
                var worker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&worker, "anna", "ein-langes-passwort")
                _ = try await worker.get("/intern/antraege/\(reference)")
                _ = try await worker.post("/intern/antraege/\(reference)/status", [("status", "inProgress")])
                #expect(mail.mails.last?.subject == "New status of your application \(reference)")
                #expect(mail.mails.last?.body.contains("We are working on your application") == true)
            }
        }
    }

    @Test("Who applied in English without an account gets the case mails in English too")
    func englishMailsWithoutAccount() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var citizen = TestBrowser(client)
                citizen.cookies["sp_lang"] = "en"
                try await FormFlowTests.fileAll(&citizen)
                let subject = try #require(try await test.queuedMails().last?.subject)
                #expect(subject.hasPrefix("Acknowledgement of receipt: your application "))
                let reference = String(subject.dropFirst("Acknowledgement of receipt: your application ".count))
                #expect(try await test.portal.submissions.submission(reference: try #require(Reference(reference)))?.language == .english)
                var worker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&worker, "anna", "ein-langes-passwort")
                _ = try await worker.get("/intern/antraege/\(reference)")
                _ = try await worker.post("/intern/antraege/\(reference)/status", [("status", "inProgress")])
                #expect(mail.mails.last?.to == "j.mueller@example.de")
                #expect(mail.mails.last?.subject == "New status of your application \(reference)")
                #expect(mail.mails.last?.body.contains("We are working on your application") == true)
                #expect(mail.mails.last?.body.contains("/vorgang") == true)
            }
        }
    }
}
