import Foundation
import HTTPTypes
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

/// What a first real use of the portal found (issue 21): each test failed before its fix.
@Suite("First use: rough edges citizens, case workers and editors ran into")
struct FirstUseTests {
    @Test("Konto löschen shows a password field, not its markup as text, and deleting with the password works")
    func deleteAccount() async throws {
        try await TestPortal.with { test in
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var citizen = TestBrowser(client)
                try await AccountTests.signedIn(&citizen, "erika@example.de", mail)
                let home = try await citizen.get("/konto")
                #expect(
                    home.text.contains(
                        #"<input class="input" id="loeschen-passwort" name="passwort" type="password" value="" autocomplete="current-password">"#))
                #expect(MarkupAsText.find(in: home.text) == [])
                let deleted = try await citizen.post("/konto/loeschen", [("passwort", AccountTests.password)])
                #expect(deleted.status == .ok && deleted.text.contains("Ihr Konto ist gelöscht"), "\(deleted.text.prefix(300))")
                #expect(try await test.portal.accounts.account(email: "erika@example.de") == nil)
            }
        }
    }

    @Test("HEAD answers like GET without a body")
    func head() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                for path in ["/", "/leistungen/brunnenbohrung-anzeigen", "/impressum", "/api/v1/services", "/healthz"] {
                    let get = try await client.execute(uri: path, method: .get)
                    let head = try await client.execute(uri: path, method: .head)
                    #expect(head.status == get.status && head.status == .ok, "\(path)")
                    #expect(head.headers[.contentType] == get.headers[.contentType], "\(path)")
                    #expect(head.body.readableBytes == 0, "\(path)")
                }
                #expect(try await client.execute(uri: "/gibt-es-nicht", method: .head).status == .notFound)
            }
        }
    }

    @Test("A staff member without the right for a page is told so (403) with a link to their own start page, not about a stale form")
    func missingRights() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                var editor = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&editor, "redaktion", "geheim-und-lang")
                for path in ["/intern/eingang", "/intern/seiten", "/intern/pruefung", "/intern/datenschutz"] {
                    let page = try await editor.get(path)
                    #expect(page.status == .forbidden, "\(path)")
                    #expect(page.text.contains("Für diese Seite fehlt Ihnen die Berechtigung"), "\(path)")
                    #expect(!page.text.contains("Formular war veraltet"), "\(path)")
                    #expect(page.text.contains(#"<a href="/intern/redaktion">"#), "\(path)")
                }
                // A stale form is still called that.
                let stale = try await editor.post("/intern/abmelden", [], csrf: "veraltet")
                #expect(stale.status == .forbidden && stale.text.contains("Formular war veraltet"))
            }
        }
    }

    @Test("Messages keep their paragraphs and line breaks on both sides, and stay escaped")
    func messageLineBreaks() async throws {
        try await TestPortal.with { test in
            try await test.addCaseWorker("anna", password: "ein-langes-passwort", name: "Anna Schäfer", units: [DemoCatalog.waterAuthority])
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var citizen = TestBrowser(client)
                try await AccountTests.signedIn(&citizen, "erika@example.de", mail)
                try await FormFlowTests.fileAll(&citizen)
                let account = try #require(try await test.portal.accounts.account(email: "erika@example.de"))
                let reference = try #require(try await test.portal.accounts.submissions(of: account.id).first?.reference.rawValue)
                _ = try await citizen.get("/konto/antraege/\(reference)")
                // As a browser sends a textarea: CRLF line ends.
                let body = "Guten Tag,\r\nanbei <b>zwei</b> Zeilen.\r\n\r\nMit Grüßen\r\nErika"
                #expect(try await citizen.postMultipart("/konto/antraege/\(reference)/nachrichten", [("nachricht", body)], files: []).status == .seeOther)
                let expected = "<p>Guten Tag,<br>anbei &lt;b&gt;zwei&lt;/b&gt; Zeilen.</p>\n<p>Mit Grüßen<br>Erika</p>"
                #expect(try await citizen.get("/konto/antraege/\(reference)").text.contains(expected))
                var worker = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&worker, "anna", "ein-langes-passwort")
                #expect(try await worker.get("/intern/antraege/\(reference)").text.contains(expected))
            }
        }
    }

    @Test(
        "A question revealed by an answer sits under that answer with its condition in the mark; what was typed into it and then made void is shown on the check page"
    )
    func conditionalReveal() async throws {
        try await TestPortal.with { test in
            try await test.application().test(.router) { client in
                var citizen = TestBrowser(client)
                try await FormFlowTests.open(&citizen)
                _ = try await citizen.post(FormFlowTests.base + "/schritt/1", FormFlowTests.steps[0])
                _ = try await citizen.post(FormFlowTests.base + "/schritt/2", FormFlowTests.steps[1])
                let page = try await citizen.get(FormFlowTests.base + "/schritt/3").text
                #expect(
                    page.contains(
                        #"<input class="choice-input" id="feld-zweck-2" name="zweck" type="radio" value="sonstiges" aria-controls="feld-zweck-2-bedingt">"#))
                let revealed = try #require(page.range(of: #"<div class="choice-conditional" id="feld-zweck-2-bedingt" data-revealed-by="feld-zweck-2">"#))
                let question = try #require(
                    page.range(
                        of:
                            #"<label class="label" for="feld-zweck_sonstiges">Beschreibung des sonstigen Zwecks <span class="mark">(Pflichtangabe bei „Sonstiges“)</span></label>"#
                    ))
                #expect(revealed.upperBound < question.lowerBound)
                #expect(page.contains("Nur auszufüllen bei der Antwort „Sonstiges“."))
                // The date example is one the field accepts: at least four weeks ahead.
                #expect(page.contains("Format TT.MM.JJJJ, zum Beispiel \(TestClock.today.adding(days: 28).german)."))
                // Typed, then another answer chosen: not silently dropped, and not filed.
                var third = FormFlowTests.steps[2]
                third[1] = ("zweck_sonstiges", "Auch für die Zisterne")
                #expect(try await citizen.post(FormFlowTests.base + "/schritt/3", third).status == .seeOther)
                _ = try await citizen.post(FormFlowTests.base + "/schritt/4", FormFlowTests.steps[3])
                let check = try await citizen.get(FormFlowTests.base + "/pruefen").text
                let note = try #require(check.range(of: "Angaben, die nicht übermittelt werden"))
                let typed = try #require(check.range(of: "Auch für die Zisterne"))
                #expect(note.upperBound < typed.lowerBound)
                #expect(check.contains(#"href="/leistungen/brunnenbohrung-anzeigen/antrag/schritt/3#feld-zweck_sonstiges""#))
                #expect(try await citizen.post(FormFlowTests.base + "/pruefen", []).status == .seeOther)
                let summary = try #require(try await test.portal.submissions.submissions(of: DemoCatalog.waterAuthority.id, after: nil, limit: 5).first)
                let filed = try #require(try await test.portal.submissions.submission(id: summary.id))
                #expect(filed.answers["zweck_sonstiges"] == nil)
            }
        }
    }

    @Test("A hidden question inside an entry is left out of the case page and the receipt, not shown as „Keine Angabe“")
    func hiddenInEntries() throws {
        let field = DemoCatalog.treeFellingForm.steps[2].fields[0]
        let answers = try JSONParser.parse(
            #"""
            {"baeume": [{"art": "Stieleiche", "umfang": 120, "grund": "krank"},
                        {"art": "Buche", "umfang": 90, "grund": "sonstiges", "erlaeuterung": "Steht im Weg"}]}
            """#)
        let rows = AnswerText.rows([field], answers, .german)
        #expect(
            rows.map(\.question) == [
                "Baumart (Baum 1)", "Stammumfang in Zentimetern (Baum 1)", "Grund der Fällung (Baum 1)",
                "Baumart (Baum 2)", "Stammumfang in Zentimetern (Baum 2)", "Grund der Fällung (Baum 2)", "Erläuterung (Baum 2)",
            ])
    }

    @Test(
        "Editors: a refused new service keeps the chosen unit, an empty short name comes from the title, the privacy page suggests unlisted questions and dates its version, sending for review confirms, an approved draft warns"
    )
    func editorRoughEdges() async throws {
        try await TestPortal.with { test in
            try await test.addStaff(
                "redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor],
                units: [DemoCatalog.publicOrder, DemoCatalog.waterAuthority])
            try await test.application().test(.router) { client in
                var editor = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&editor, "redaktion", "geheim-und-lang")
                _ = try await editor.get("/intern/redaktion")
                let refused = try await editor.post("/intern/redaktion/leistungen", [("titel", ""), ("kurzname", ""), ("stelle", "untere-wasserbehoerde")])
                #expect(refused.status == .unprocessableContent)
                #expect(refused.text.contains(#"<option value="untere-wasserbehoerde" selected>"#))
                let created = try await editor.post(
                    "/intern/redaktion/leistungen",
                    [("titel", "Grundwasser­entnahme anzeigen (Gärten)"), ("kurzname", ""), ("stelle", "untere-wasserbehoerde")])
                #expect(created.location == "/intern/redaktion/leistungen/grundwasserentnahme-anzeigen-gaerten")
                let again = try await editor.post(
                    "/intern/redaktion/leistungen", [("titel", "Grundwasserentnahme anzeigen (Gärten)"), ("kurzname", ""), ("stelle", "untere-wasserbehoerde")])
                #expect(again.location == "/intern/redaktion/leistungen/grundwasserentnahme-anzeigen-gaerten-2")

                // The demo's well drilling has a saved statement; its form asks more than the statement lists.
                let base = "/intern/redaktion/leistungen/brunnenbohrung-anzeigen"
                let privacy = try await editor.get(base + "/datenschutz")
                #expect(privacy.status == .ok)
                #expect(privacy.text.contains("Vorschlag aus den Fragen des Formulars"))
                #expect(privacy.text.range(of: #"Stand: Fassung 1 vom \d{2}\.\d{2}\.\d{4}"#, options: .regularExpression) != nil)
                #expect(!privacy.text.contains("Fassung 1 vom <"))

                // Sending for review says so; a draft the department approved warns before it is edited.
                var overview = try await editor.get(base)
                if !overview.text.contains(#"value="zur-pruefung""#) {
                    _ = try await editor.post(base + "/entwurf", [("revision", ""), ("_aktion", "entwurf-anlegen")])
                    overview = try await editor.get(base)
                }
                let sent = try await editor.post(base + "/entwurf", [("revision", try EditorTests.revision(overview)), ("_aktion", "zur-pruefung")])
                #expect(sent.status == .seeOther)
                #expect(try await editor.get(base).text.contains("Der Entwurf ist zur Prüfung gesendet."))
                let service = try #require(try await test.portal.catalog.service(slug: "brunnenbohrung-anzeigen"))
                var draft = try #require(try await test.portal.catalog.drafts(of: service.id).first)
                draft.reviewState = .approved
                try await test.portal.catalog.updateDraft(draft)
                #expect(try await editor.get(base).text.contains("Dieser Entwurf ist freigegeben. Wenn Sie ihn ändern, wird die Freigabe aufgehoben"))

                // Editors say which answers are the applicant's name and address (inbox column and search).
                let fieldPath = base + "/entwurf/schritte/1/felder/vorname"
                let fieldPage = try await editor.get(fieldPath)
                #expect(fieldPage.text.contains("Dieser Entwurf ist freigegeben."))
                #expect(fieldPage.text.contains(#"<option value="given-name" selected>Vorname der antragstellenden Person</option>"#))
                let wrong = try await editor.post(
                    fieldPath, [("revision", try EditorTests.revision(fieldPage)), ("beschriftung", "Vorname"), ("bedeutung", "tel")])
                #expect(wrong.status == .unprocessableContent && wrong.text.contains("Diese Bedeutung gibt es für diese Art von Feld nicht."))
                let marked = try await editor.post(
                    fieldPath, [("revision", try EditorTests.revision(fieldPage)), ("beschriftung", "Vorname"), ("bedeutung", "name")])
                #expect(marked.status == .seeOther)
                let stored = try #require(try await test.portal.catalog.drafts(of: service.id).first)
                #expect(stored.schema.field("vorname")?.autocomplete == "name")
                #expect(stored.reviewState == .editing, "the change withdrew the approval")
            }
        }
    }

    @Test(
        "Citizens: the authority in header and footer, tel: and mailto: links, English pages name German-only content, the access code hint matches the mail, the anonymous back link says where it goes"
    )
    func citizenRoughEdges() async throws {
        try await TestPortal.with { test in
            try await test.application(mail: RecordingMailSender()).test(.router) { client in
                var browser = TestBrowser(client)
                let service = try await browser.get("/leistungen/brunnenbohrung-anzeigen")
                #expect(service.text.contains(#"<span class="authority-name">Landkreis Test</span>"#))
                #expect(service.text.contains("<p>Landkreis Test · Kreishaus, Am Markt 1, 24534 Teststadt</p>"))
                #expect(service.text.contains(#"<a href="tel:+494321000100">04321 000-100</a>"#))
                #expect(service.text.contains(#"<a href="mailto:wasser@landkreis.example">"#))
                #expect(!service.text.contains("only available in German"))
                _ = try await browser.get("/sprache/en?zurueck=/")
                let english = try await browser.get("/leistungen/brunnenbohrung-anzeigen")
                #expect(english.text.contains("only available in German"))
                #expect(!(try await browser.get("/").text.contains("only available in German")), "the start page is all English")
                _ = try await browser.get("/sprache/de?zurueck=/")

                var applicant = TestBrowser(client)
                try await FormFlowTests.fileAll(&applicant)
                let confirmation = try await applicant.get(FormFlowTests.base + "/eingegangen")
                #expect(confirmation.text.contains("Der Zugangscode steht auch in der Eingangsbestätigung, die wir Ihnen per E-Mail geschickt haben."))
                #expect(!confirmation.text.contains("nur jetzt angezeigt"))
                let codeRange = try #require(
                    confirmation.text.range(of: #"Ihr Zugangscode<br><strong class="access-code">[0-9A-Z-]{14}<"#, options: .regularExpression))
                let code = String(confirmation.text[codeRange].dropLast().suffix(14))
                let referenceRange = try #require(confirmation.text.range(of: #"BRU-\d{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"#, options: .regularExpression))
                let reference = String(confirmation.text[referenceRange])
                _ = try await applicant.get("/vorgang")
                _ = try await applicant.post("/vorgang", [("aktenzeichen", reference), ("zugangscode", code)])
                let status = try await applicant.get("/vorgang/\(reference)")
                #expect(status.text.contains(#"<a class="back-link" href="/vorgang">Einen anderen Antrag verfolgen</a>"#))
            }
        }
    }

    @Test(
        "Leichte Sprache and Gebärdensprache: linked from every footer; admins write the one and add videos with captions and text to the other; videos play with byte ranges"
    )
    func easyAndSignLanguage() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("admin", password: "ein-langes-passwort", name: "Verwaltung", roles: [.admin], units: [])
            try await test.application().test(.router) { client in
                var visitor = TestBrowser(client)
                let home = try await visitor.get("/")
                #expect(
                    home.text.contains(#"<a href="/leichte-sprache">Leichte Sprache</a>"#)
                        && home.text.contains(#"<a href="/gebaerdensprache">Gebärdensprache</a>"#))
                let easy = try await visitor.get("/leichte-sprache")
                #expect(easy.status == .ok && easy.text.contains("Das Service-Portal ist eine Internet-Seite."))
                #expect(try await visitor.get("/gebaerdensprache").text.contains("Die Videos werden gerade erstellt."))

                var admin = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&admin, "admin", "ein-langes-passwort")
                let pages = try await admin.get("/intern/seiten")
                #expect(pages.text.contains(#"id="seite-leichte-sprache""#) && pages.text.contains("Video hinzufügen"))
                let mp4 = Data([0, 0, 0, 0x18] + Array("ftypmp42".utf8) + [0, 0, 0, 0] + Array("mp42isom".utf8) + Array(repeating: 7, count: 1000))
                let vtt = Data("WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen im Serviceportal.\n".utf8)
                let noCaptions = try await admin.postMultipart(
                    "/intern/seiten/gebaerdensprache/videos", [("titel", "Das Portal"), ("text", "Willkommen.")],
                    files: [(field: "video", name: "portal.mp4", data: mp4)])
                #expect(noCaptions.status == .unprocessableContent && noCaptions.text.contains("ohne Untertitel ist das Video nicht barrierefrei"))
                #expect(noCaptions.text.contains(#"value="Das Portal""#), "what was typed comes back")
                _ = try await admin.get("/intern/seiten")
                let wrongType = try await admin.postMultipart(
                    "/intern/seiten/gebaerdensprache/videos", [("titel", "Das Portal"), ("text", "Willkommen.")],
                    files: [(field: "video", name: "portal.mp4", data: Data("%PDF-1.4\n".utf8)), (field: "untertitel", name: "de.vtt", data: vtt)])
                #expect(wrongType.status == .unprocessableContent)
                _ = try await admin.get("/intern/seiten")
                let added = try await admin.postMultipart(
                    "/intern/seiten/gebaerdensprache/videos", [("titel", "Das Portal"), ("text", "Willkommen im Serviceportal.")],
                    files: [(field: "video", name: "portal.mp4", data: mp4), (field: "untertitel", name: "de.vtt", data: vtt)])
                #expect(added.location == "/intern/seiten#videos")

                let page = try await visitor.get("/gebaerdensprache")
                let videoPath = String(try #require(page.text.firstMatch(of: /src="(\/gebaerdensprache\/videos\/[0-9a-f-]+\/video\.mp4)"/)).1)
                #expect(
                    page.text.contains(#"<track kind="captions""#) && page.text.contains("Der Inhalt des Videos als Text")
                        && page.text.contains("Willkommen im Serviceportal."))
                let whole = try await client.execute(uri: videoPath, method: .get)
                #expect(whole.status == .ok && whole.headers[.contentType] == "video/mp4" && whole.headers[.acceptRanges] == "bytes")
                #expect(Data(whole.body.readableBytesView) == mp4)
                let part = try await client.execute(uri: videoPath, method: .get, headers: [.range: "bytes=4-11"])
                #expect(part.status == .partialContent && part.headers[.contentRange] == "bytes 4-11/\(mp4.count)")
                #expect(String(decoding: part.body.readableBytesView, as: UTF8.self) == "ftypmp42")
                let tail = try await client.execute(uri: videoPath, method: .get, headers: [.range: "bytes=-10"])
                #expect(tail.status == .partialContent && Data(tail.body.readableBytesView) == mp4.suffix(10))
                let beyond = try await client.execute(uri: videoPath, method: .get, headers: [.range: "bytes=5000-"])
                #expect(beyond.status == .rangeNotSatisfiable && beyond.headers[.contentRange] == "bytes */\(mp4.count)")
                let captions = try await client.execute(uri: videoPath.replacingOccurrences(of: "video.mp4", with: "untertitel.vtt"), method: .get)
                #expect(captions.status == .ok && captions.headers[.contentType] == "text/vtt; charset=utf-8")
                #expect(try await client.execute(uri: videoPath.replacingOccurrences(of: "video.mp4", with: "andere.txt"), method: .get).status == .notFound)

                // Removing takes the video and its files away.
                let list = try await admin.get("/intern/seiten")
                let remove = String(try #require(list.text.firstMatch(of: /action="(\/intern\/seiten\/gebaerdensprache\/videos\/[0-9a-f-]+\/entfernen)"/)).1)
                #expect(try await admin.post(remove, []).location == "/intern/seiten#videos")
                #expect(try await client.execute(uri: videoPath, method: .get).status == .notFound)
            }
        }
    }
}
