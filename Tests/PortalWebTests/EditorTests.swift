import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Onlineredaktion: services, form builder, publishing (HTML)")
struct EditorTests {
    static let base = "/intern/redaktion/leistungen/hundesteuer-anmelden"

    static func stamp(_ page: TestResponse) throws -> String {
        let range = try #require(page.text.range(of: #"name="stand" value="[0-9a-f]+""#, options: .regularExpression))
        return String(page.text[range].split(separator: "\"")[3])
    }

    static func revision(_ page: TestResponse) throws -> String {
        let range = try #require(page.text.range(of: #"name="revision" value="[0-9]+""#, options: .regularExpression))
        return String(page.text[range].split(separator: "\"")[3])
    }

    @Test("An editor creates a service, builds a two-step form with a condition, passes the gate and publishes it")
    func buildAndPublish() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.publicOrder])
            try await test.addStaff("wasser", password: "geheim-und-lang", name: "Willi Wasser", roles: [.editor], units: [DemoCatalog.waterAuthority])
            try await test.addStaff("pruefer", password: "geheim-und-lang", name: "Paula Prüfer", roles: [.reviewer], units: [DemoCatalog.publicOrder])
            try await test.addStaff("beides", password: "geheim-und-lang", name: "Bernd Beides", roles: [.reviewer, .editor], units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                var editor = TestBrowser(client)
                let login = try await BackOfficeTests.signIn(&editor, "redaktion", "geheim-und-lang")
                #expect(login.location == "/intern/redaktion")
                let home = try await editor.get("/intern/redaktion")
                #expect(home.status == .ok)
                #expect(home.text.contains("Fundsache melden"))
                #expect(!home.text.contains("Anzeige einer Brunnenbohrung"))
                let badSlug = try await editor.post(
                    "/intern/redaktion/leistungen", [("titel", "Hundesteuer"), ("kurzname", "Hunde Steuer"), ("stelle", "ordnungsamt")])
                #expect(badSlug.status == .unprocessableContent)
                #expect(badSlug.text.contains("Der Kurzname muss 3 bis 100 Zeichen lang sein"))
                let otherUnit = try await editor.post(
                    "/intern/redaktion/leistungen", [("titel", "Hundesteuer"), ("kurzname", "hundesteuer-anmelden"), ("stelle", "untere-wasserbehoerde")])
                #expect(otherUnit.status == .unprocessableContent)
                let created = try await editor.post(
                    "/intern/redaktion/leistungen", [("titel", "Hundesteuer anmelden"), ("kurzname", "hundesteuer-anmelden"), ("stelle", "ordnungsamt")])
                #expect(created.location == Self.base)

                var page = try await editor.get(Self.base)
                #expect(page.text.contains("Die Kurzbeschreibung fehlt."))
                #expect(page.text.contains("Das Formular fragt noch nichts ab."))
                let refused = try await editor.post(Self.base + "/veroeffentlichen", [("revision", try Self.revision(page)), ("_aktion", "veroeffentlichen")])
                #expect(refused.status == .unprocessableContent)
                #expect(refused.text.contains("kann noch nicht veröffentlicht werden"))

                // The entry has a page of its own: no other form on it loses typed text when it is saved.
                let entryPage = try await editor.get(Self.base + "/eintrag")
                #expect(entryPage.status == .ok)
                #expect(!entryPage.text.contains("ds_verantwortlich") && !entryPage.text.contains("schritt-hinzufuegen"))
                #expect(!page.text.contains("name=\"beschreibung\""))
                let shownStamp = try Self.stamp(entryPage)
                let saved = try await editor.post(
                    Self.base + "/eintrag",
                    [
                        ("stand", shownStamp), ("titel", "Hundesteuer anmelden"), ("kurzbeschreibung", "Melden Sie Ihren Hund <b>zur Steuer</b> an."),
                        ("beschreibung", ""),
                        ("thema", "Steuern"), ("ablauf", "Sie melden den Hund an.\nSie erhalten einen Bescheid."), ("unterlagen", ""), ("gebuehren", ""),
                        ("fristen", ""), ("bearbeitungsdauer", "Zwei Wochen"), ("rechtsgrundlage", ""), ("rechtsbehelf", ""),
                        ("kontakt_name", "Steueramt"), ("kontakt_telefon", "04321 000-300"), ("kontakt_email", ""), ("kontakt_anschrift", ""),
                        ("kontakt_sprechzeiten", ""),
                    ])
                #expect(saved.location == Self.base + "#eintrag")
                // A second editor (or tab) still showing the old entry cannot overwrite it.
                let staleEntry = try await editor.post(Self.base + "/eintrag", [("stand", shownStamp), ("titel", "Hundesteuer"), ("kurzbeschreibung", "Alt")])
                #expect(staleEntry.status == .conflict)
                #expect(staleEntry.text.contains("Der Katalogeintrag wurde inzwischen von jemand anderem geändert."))
                #expect(try await editor.get(Self.base).text.contains("Melden Sie Ihren Hund"))
                let badKey = try await editor.post(
                    Self.base + "/eintrag",
                    [
                        ("stand", try Self.stamp(try await editor.get(Self.base + "/eintrag"))), ("titel", "Hundesteuer anmelden"), ("leika", "123"),
                        ("kurzbeschreibung", "Neu getippt, nicht verloren"), ("stelle", "ordnungsamt"),
                    ])
                #expect(badKey.status == .unprocessableContent)
                #expect(badKey.text.contains("Der LeiKa-Leistungsschlüssel hat 14 Ziffern."))
                // A refused save shows what was typed, and the same stamp, so correcting it saves.
                #expect(badKey.text.contains(">Neu getippt, nicht verloren</textarea>"))
                #expect(badKey.text.contains(#"value="123""#))
                #expect(try Self.stamp(badKey) == (try Self.stamp(try await editor.get(Self.base + "/eintrag"))))
                page = try await editor.get(Self.base)
                #expect(page.text.contains("Die Datenschutzhinweise fehlen."))
                #expect(page.text.contains("Englischer Titel und englische Kurzbeschreibung fehlen"))
                #expect(page.text.contains(#"href="/intern/redaktion/leistungen/hundesteuer-anmelden/datenschutz""#))
                // The proposal is filled in from the form and the contact; the editors complete it.
                let privacyPage = try await editor.get(Self.base + "/datenschutz")
                #expect(privacyPage.text.contains(">Steueramt</textarea>"))
                #expect(privacyPage.text.contains("Noch nicht gespeichert."))
                let privacy = try await editor.post(
                    Self.base + "/datenschutz",
                    [
                        ("ds_verantwortlich", "Landkreis Musterstadt, Steueramt"), ("ds_dsb", "Datenschutzbeauftragte, datenschutz@landkreis.example"),
                        ("ds_zwecke", "Festsetzung der Hundesteuer."), ("ds_rechtsgrundlage", "Art. 6 Abs. 1 Buchst. e DSGVO i. V. m. der Hundesteuersatzung"),
                        ("ds_kategorien", "Name\nAnschrift\nAngaben zum Hund"), ("ds_empfaenger", "Steueramt"), ("ds_drittland", "Keine."),
                        ("ds_speicher_entwuerfe", "30 Tage"), ("ds_speicher_antraege", ""), ("ds_speicher_nachrichten", ""),
                        ("ds_aufsicht", "ULD Schleswig-Holstein"), ("ds_pflicht_angaben", "Die Angaben sind Pflicht."), ("ds_automatisiert", "Keine."),
                    ])
                #expect(privacy.location == Self.base + "#datenschutz")
                page = try await editor.get(Self.base)
                #expect(
                    page.text.contains(
                        "In den Datenschutzhinweisen fehlt: die Speicherdauer der Anträge, die Speicherfristen je Stufe (Tage, Monate oder Jahre)."))
                let complete: [(String, String)] = [
                    ("ds_verantwortlich", "Landkreis Musterstadt, Steueramt"), ("ds_dsb", "Datenschutzbeauftragte, datenschutz@landkreis.example"),
                    ("ds_zwecke", "Festsetzung der Hundesteuer."), ("ds_rechtsgrundlage", "Art. 6 Abs. 1 Buchst. e DSGVO i. V. m. der Hundesteuersatzung"),
                    ("ds_kategorien", "Name\nAnschrift\nAngaben zum Hund"), ("ds_empfaenger", "Steueramt"), ("ds_drittland", "Keine."),
                    ("ds_speicher_entwuerfe", "30 Tage"), ("ds_speicher_antraege", "Fünf Jahre nach Abmeldung des Hundes."),
                    ("ds_speicher_nachrichten", ""),
                    ("ds_aufsicht", "ULD Schleswig-Holstein"), ("ds_pflicht_angaben", "Die Angaben sind Pflicht."), ("ds_automatisiert", "Keine."),
                    ("frist_entwuerfe", "1"), ("frist_entwuerfe_einheit", "days"), ("frist_gespeichert", "30"), ("frist_gespeichert_einheit", "days"),
                    ("frist_abgeschlossen", "5"), ("frist_abgeschlossen_einheit", "years"), ("frist_nachrichten", "5"),
                    ("frist_nachrichten_einheit", "years"), ("frist_uebergabe", "30"), ("frist_uebergabe_einheit", "days"),
                    ("frist_protokoll", "2"), ("frist_protokoll_einheit", "years"), ("frist_abgeschlossen_umgang", "anonymise"),
                ]
                // A period that is not a whole number is refused with the stage named; nothing is saved, the input stays.
                let notANumber = try await editor.post(
                    Self.base + "/datenschutz", complete.map { $0.0 == "frist_abgeschlossen" ? ($0.0, "fünf") : $0 })
                #expect(notANumber.status == .unprocessableContent)
                #expect(notANumber.text.contains("Bitte geben Sie die Frist für „Abgeschlossene Anträge (ab Abschluss)“ als ganze Zahl"))
                #expect(notANumber.text.contains(#"name="frist_abgeschlossen" type="text" value="fünf""#))
                #expect(try await editor.get(Self.base).text.contains("In den Datenschutzhinweisen fehlt: die Speicherdauer der Anträge"))
                _ = try await editor.post(Self.base + "/datenschutz", complete)
                page = try await editor.get(Self.base)
                #expect(page.text.contains("Die Datenschutzhinweise sind als Fassung 2 gespeichert."))
                #expect(page.text.contains("Stand: Fassung 2 vom 30.11.2026"))
                #expect(!page.text.contains("In den Datenschutzhinweisen fehlt"))
                #expect(page.text.contains("Melden Sie Ihren Hund &lt;b&gt;zur Steuer&lt;/b&gt; an."))
                _ = try await editor.post(
                    Self.base + "/entwurf", [("revision", try Self.revision(page)), ("_aktion", "schritt-hinzufuegen"), ("titel", "Der Hund")])
                page = try await editor.get(Self.base)
                _ = try await editor.post(
                    Self.base + "/entwurf", [("revision", try Self.revision(page)), ("_aktion", "schritt-hinzufuegen"), ("titel", "Ihre Angaben")])
                let step = Self.base + "/entwurf/schritte/1"
                var stepPage = try await editor.get(step)
                #expect(stepPage.status == .ok)
                let stale = try Self.revision(stepPage)
                let added = try await editor.post(
                    step, [("revision", stale), ("_aktion", "feld-hinzufuegen"), ("art", "singleChoice"), ("beschriftung", "Rasse")])
                #expect(added.location == step + "#feld-rasse")
                // The page was read before the field was added: its revision is stale now.
                let conflict = try await editor.post(step, [("revision", stale), ("_aktion", "feld-hinzufuegen"), ("art", "text"), ("beschriftung", "Name")])
                #expect(conflict.status == .conflict)
                #expect(conflict.text.contains("von jemand anderem geändert"))
                stepPage = try await editor.get(step)
                _ = try await editor.post(
                    step,
                    [
                        ("revision", try Self.revision(stepPage)), ("_aktion", "feld-hinzufuegen"), ("art", "text"),
                        ("beschriftung", "Nachweis des Sachkundetests"),
                    ])
                stepPage = try await editor.get(step)
                let rasse = try await editor.post(
                    step + "/felder/rasse",
                    [
                        ("revision", try Self.revision(stepPage)), ("beschriftung", "Rasse"), ("hinweis", ""), ("pflicht", "true"),
                        ("antworten", "Listenhund\nAndere Rasse"),
                    ])
                #expect(rasse.location == step + "#feld-rasse")
                // The builder shows the codes specialist software receives, ready to be set by hand.
                let rassePage = try await editor.get(step + "/felder/rasse")
                #expect(rassePage.text.contains("Listenhund | listenhund\nAndere Rasse | andere_rasse</textarea>"))
                stepPage = try await editor.get(step)
                let wrong = try await editor.post(
                    step + "/felder/nachweis_des_sachkundetests",
                    [
                        ("revision", try Self.revision(stepPage)), ("beschriftung", "Nachweis des Sachkundetests"), ("hinweis", ""), ("pflicht", "true"),
                        ("min_laenge", ""), ("max_laenge", ""), ("bedingung_feld", "rasse"), ("bedingung_wert", "Dackel"),
                    ])
                #expect(wrong.status == .unprocessableContent)
                #expect(wrong.text.contains("„Dackel“ ist keine Antwort von „Rasse“. Möglich: Listenhund, Andere Rasse."))
                let condition = try await editor.post(
                    step + "/felder/nachweis_des_sachkundetests",
                    [
                        ("revision", try Self.revision(stepPage)), ("beschriftung", "Nachweis des Sachkundetests"), ("hinweis", ""), ("pflicht", "true"),
                        ("min_laenge", ""), ("max_laenge", ""), ("bedingung_feld", "rasse"), ("bedingung_wert", "listenhund"),
                    ])
                #expect(condition.status == .seeOther)
                // Renaming an answer keeps its stored value, so the condition still matches.
                stepPage = try await editor.get(step)
                _ = try await editor.post(
                    step + "/felder/rasse",
                    [
                        ("revision", try Self.revision(stepPage)), ("beschriftung", "Rasse"), ("hinweis", ""), ("pflicht", "true"),
                        ("antworten", "Listenhunde\nAndere Rasse"),
                    ])
                stepPage = try await editor.get(step)
                // Removing the answer the condition names is refused with the reason.
                let orphan = try await editor.post(
                    step + "/felder/rasse",
                    [
                        ("revision", try Self.revision(stepPage)), ("beschriftung", "Rasse"), ("hinweis", ""), ("pflicht", "true"),
                        ("antworten", "Andere Rasse"),
                    ])
                #expect(orphan.status == .unprocessableContent)
                #expect(orphan.text.contains("nennt „listenhund“, das keine Antwort von „rasse“ ist"))
                _ = try await editor.post(
                    step + "/felder/rasse",
                    [
                        ("revision", try Self.revision(stepPage)), ("beschriftung", "Rasse"), ("hinweis", ""), ("pflicht", "true"),
                        ("antworten", "Listenhund\nAndere Rasse"),
                    ])
                stepPage = try await editor.get(step)
                let locked = try await editor.post(step, [("revision", try Self.revision(stepPage)), ("_aktion", "feld-loeschen:rasse")])
                #expect(locked.status == .unprocessableContent)
                #expect(locked.text.contains("bezieht sich darauf"))
                let preview = try await editor.get(step + "/vorschau")
                #expect(preview.text.contains("Listenhund"))
                _ = try await editor.post(
                    Self.base + "/entwurf/schritte/2",
                    [
                        ("revision", try Self.revision(try await editor.get(Self.base + "/entwurf/schritte/2"))),
                        ("_aktion", "feld-hinzufuegen"), ("art", "email"), ("beschriftung", "E-Mail-Adresse"),
                    ])
                page = try await editor.get(Self.base)
                #expect(page.text.contains("Die Fachabteilung hat den Entwurf noch nicht freigegeben."))
                #expect(!page.text.contains("Alle Pflichtpunkte sind erfüllt."))
                #expect(
                    try await editor.post(Self.base + "/entwurf", [("revision", try Self.revision(page)), ("_aktion", "zur-pruefung")]).location == Self.base
                        + "#pruefung-status")

                // Whoever may edit drafts cannot approve them.
                var both = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&both, "beides", "geheim-und-lang")
                let ownReview = try await both.get("/intern/pruefung/hundesteuer-anmelden")
                #expect(!ownReview.text.contains(#"value="freigeben""#))
                #expect(
                    try await both.post(
                        "/intern/pruefung/hundesteuer-anmelden", [("revision", try Self.revision(ownReview)), ("_aktion", "freigeben"), ("nachricht", "")]
                    ).status == .forbidden)

                // The department comments on a field and asks for changes.
                var reviewer = TestBrowser(client)
                #expect(try await BackOfficeTests.signIn(&reviewer, "pruefer", "geheim-und-lang").location == "/intern/pruefung")
                let list = try await reviewer.get("/intern/pruefung")
                #expect(list.text.contains("Hundesteuer anmelden"))
                #expect(list.text.contains("Zur Prüfung bei der Fachabteilung"))
                var review = try await reviewer.get("/intern/pruefung/hundesteuer-anmelden")
                #expect(review.text.contains("Listenhund"))
                _ = try await reviewer.post(
                    "/intern/pruefung/hundesteuer-anmelden",
                    [
                        ("revision", try Self.revision(review)), ("_aktion", "kommentieren"),
                        ("ziel", "feld-rasse"), ("anmerkung", "Bitte „Listenhund“ erklären."),
                    ])
                review = try await reviewer.get("/intern/pruefung/hundesteuer-anmelden")
                #expect(review.text.contains("Feld „Rasse“"))
                #expect(
                    try await reviewer.post(
                        "/intern/pruefung/hundesteuer-anmelden", [("revision", try Self.revision(review)), ("_aktion", "aenderungen"), ("nachricht", "")]
                    ).location == "/intern/pruefung")

                // The editors answer, resolve, change the field and send it again.
                page = try await editor.get(Self.base)
                #expect(page.text.contains("Änderungen angefordert"))
                #expect(page.text.contains("Bitte „Listenhund“ erklären."))
                let commentID = try #require(page.text.range(of: #"value="antworten:[0-9a-f-]{36}""#, options: .regularExpression)).upperBound
                let id = String(page.text[page.text.index(commentID, offsetBy: -37)..<page.text.index(before: commentID)])
                _ = try await editor.post(
                    Self.base + "/entwurf", [("revision", try Self.revision(page)), ("_aktion", "antworten:\(id)"), ("antwort-\(id)", "Hinweis ergänzt.")])
                page = try await editor.get(Self.base)
                _ = try await editor.post(Self.base + "/entwurf", [("revision", try Self.revision(page)), ("_aktion", "erledigt:\(id)")])
                stepPage = try await editor.get(step)
                _ = try await editor.post(
                    step + "/felder/rasse",
                    [
                        ("revision", try Self.revision(stepPage)), ("beschriftung", "Rasse"), ("hinweis", "Listenhunde sind in der Landesverordnung genannt."),
                        ("pflicht", "true"), ("antworten", "Listenhund\nAndere Rasse"),
                    ])
                page = try await editor.get(Self.base)
                #expect(page.text.contains("Hinweis ergänzt."))
                #expect(page.text.contains("erledigt"))
                _ = try await editor.post(Self.base + "/entwurf", [("revision", try Self.revision(page)), ("_aktion", "zur-pruefung")])
                review = try await reviewer.get("/intern/pruefung/hundesteuer-anmelden")
                #expect(review.text.contains("Listenhunde sind in der Landesverordnung genannt."))
                _ = try await reviewer.post(
                    "/intern/pruefung/hundesteuer-anmelden", [("revision", try Self.revision(review)), ("_aktion", "freigeben"), ("nachricht", "Passt so.")])

                // A change after approval withdraws it; the department approves again.
                stepPage = try await editor.get(step)
                _ = try await editor.post(step, [("revision", try Self.revision(stepPage)), ("_aktion", "umbenennen"), ("titel", "Ihr Hund")])
                page = try await editor.get(Self.base)
                #expect(page.text.contains("Nach der Freigabe geändert; die Freigabe ist aufgehoben."))
                #expect(page.text.contains("Die Fachabteilung hat den Entwurf noch nicht freigegeben."))
                _ = try await editor.post(Self.base + "/entwurf", [("revision", try Self.revision(page)), ("_aktion", "zur-pruefung")])
                review = try await reviewer.get("/intern/pruefung/hundesteuer-anmelden")
                let staleApproval = try await reviewer.post(
                    "/intern/pruefung/hundesteuer-anmelden", [("revision", "1"), ("_aktion", "freigeben"), ("nachricht", "")])
                #expect(staleApproval.status == .conflict)
                _ = try await reviewer.post(
                    "/intern/pruefung/hundesteuer-anmelden", [("revision", try Self.revision(review)), ("_aktion", "freigeben"), ("nachricht", "")])

                page = try await editor.get(Self.base)
                #expect(page.text.contains("Von der Fachabteilung freigegeben"))
                #expect(page.text.contains("Alle Pflichtpunkte sind erfüllt."))
                let published = try await editor.post(
                    Self.base + "/veroeffentlichen", [("revision", try Self.revision(page)), ("_aktion", "veroeffentlichen")])
                #expect(published.location == Self.base)
                #expect(try await editor.get(Self.base).text.contains("Version 1 ist veröffentlicht."))

                var other = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&other, "wasser", "geheim-und-lang")
                #expect(try await other.get(Self.base).status == .notFound)
                _ = try await other.get("/intern/redaktion")
                #expect(try await other.post(Self.base + "/entwurf", [("_aktion", "entwurf-anlegen")]).status == .notFound)
            }
            // Citizens see it at once.
            try await test.application().test(.router) { client in
                var citizen = TestBrowser(client)
                #expect(try await citizen.get("/leistungen/hundesteuer-anmelden").status == .ok)
                #expect(try await citizen.get("/leistungen/hundesteuer-anmelden/antrag").location == "/leistungen/hundesteuer-anmelden/antrag/schritt/1")
                let first = try await citizen.get("/leistungen/hundesteuer-anmelden/antrag/schritt/1")
                #expect(first.text.contains("Listenhund"))
                let statement = try await citizen.get("/leistungen/hundesteuer-anmelden/datenschutz")
                #expect(statement.text.contains("Fünf Jahre nach Abmeldung des Hundes."))
                #expect(statement.text.contains("Speicherfristen im Einzelnen"))
                #expect(statement.text.contains("5 Jahre, danach anonymisiert"))
                #expect(statement.text.contains("Stand: Fassung 2 vom 30.11.2026"))
                // The first version stays readable: submissions refer to the version they were shown.
                let firstVersion = try await citizen.get("/leistungen/hundesteuer-anmelden/datenschutz?fassung=1")
                #expect(firstVersion.text.contains("Stand: Fassung 1 vom 30.11.2026"))
                #expect(!firstVersion.text.contains("Fünf Jahre nach Abmeldung des Hundes."))
                #expect(try await citizen.get("/leistungen/hundesteuer-anmelden/datenschutz?fassung=7").status == .notFound)
                #expect(first.text.contains("Nachweis des Sachkundetests"))
            }
            let service = try #require(try await test.portal.catalog.service(slug: "hundesteuer-anmelden"))
            let version = try #require(try await test.portal.catalog.currentFormVersion(of: service.id))
            #expect(version.number == 1)
            // Answers written in place of the default Ja/Nein are new answers with codes of their own (issue 21).
            #expect(
                version.schema.field("rasse")?.options == [
                    ChoiceOption(value: "listenhund", label: "Listenhund"), ChoiceOption(value: "andere_rasse", label: "Andere Rasse"),
                ])
            #expect(version.schema.field("nachweis_des_sachkundetests")?.showIf == .equals("rasse", .text("listenhund")))
        }
    }

    @Test("A changed version lists its changes, an earlier submission keeps its questions, an old version can be published again; FIM upload and discard")
    func versions() async throws {
        try await TestPortal.with { test in
            try await test.addStaff(
                "redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor, .caseWorker], units: [DemoCatalog.publicOrder])
            // This department publishes without review (configurable per org unit).
            var unit = DemoCatalog.publicOrder
            unit.requiresApproval = false
            try await test.portal.staff.save(unit)
            let base = "/intern/redaktion/leistungen/fundsache-melden"
            try await test.application().test(.router) { client in
                // A citizen files under version 1.
                let filed = try await client.postJSON(
                    "/api/v1/services/fundsache-melden/submissions",
                    """
                    {"answers":{"gegenstand":"Schlüsselbund","fundort":"Marktplatz","funddatum":"2026-11-29","name":"Erika Mustermann","email":"erika@example.de","finderlohn":false}}
                    """)
                #expect(filed.status == .created, "\(String(buffer: filed.body))")
                let reference = try #require(filed.json?["reference"].flatMap { if case .string(let text) = $0 { text } else { nil } })

                var editor = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&editor, "redaktion", "geheim-und-lang")
                var page = try await editor.get(base)
                #expect(page.text.contains("Veröffentlicht ist Version 1."))
                _ = try await editor.post(base + "/entwurf", [("_aktion", "entwurf-anlegen")])
                page = try await editor.get(base)
                #expect(page.text.contains("Entwurf (Version 1, Stand 1)"))
                let step = base + "/entwurf/schritte/1"
                _ = try await editor.post(
                    step,
                    [("revision", try Self.revision(try await editor.get(step))), ("_aktion", "feld-hinzufuegen"), ("art", "text"), ("beschriftung", "Farbe")])
                _ = try await editor.post(
                    step + "/felder/gegenstand",
                    [
                        ("revision", try Self.revision(try await editor.get(step))), ("beschriftung", "Was haben Sie gefunden? Bitte genau beschreiben."),
                        ("hinweis", ""), ("pflicht", "true"), ("min_laenge", ""), ("max_laenge", "200"), ("bedingung_feld", ""), ("bedingung_wert", ""),
                    ])
                page = try await editor.get(base)
                #expect(
                    try await editor.post(base + "/veroeffentlichen", [("revision", try Self.revision(page)), ("_aktion", "veroeffentlichen")]).location == base
                )
                page = try await editor.get(base)
                #expect(page.text.contains("Version 2, veröffentlicht am 30.11.2026, 10:15"))
                #expect(page.text.contains("Neu: „Farbe“"))
                #expect(page.text.contains("Geändert: „Was haben Sie gefunden? Bitte genau beschreiben.“ (Beschriftung (vorher „Was haben Sie gefunden?“))"))

                // The submission filed under version 1 still shows version 1's question.
                let casePage = try await editor.get("/intern/antraege/\(reference)")
                #expect(casePage.text.contains("<dt>Was haben Sie gefunden?</dt>"))
                #expect(!casePage.text.contains("Farbe"))

                _ = try await editor.get(base)
                #expect(try await editor.post(base + "/entwurf", [("_aktion", "wiederherstellen:1")]).location == base + "#formular")
                page = try await editor.get(base)
                #expect(page.text.contains("Version 1 liegt jetzt als Entwurf vor"))
                #expect(page.text.contains("Entwurf (Version 1, Stand 1)"))
                #expect(
                    try await editor.post(base + "/veroeffentlichen", [("revision", try Self.revision(page)), ("_aktion", "veroeffentlichen")]).location == base
                )
                page = try await editor.get(base)
                #expect(page.text.contains("Version 3 ist veröffentlicht."))
                #expect(page.text.contains("Entfernt: „Farbe“"))

                // A FIM schema uploaded in the browser becomes the draft; a draft can be discarded.
                let fim = Data(FIMImportTests.xdf3.utf8)
                let imported = try await editor.postMultipart(
                    base + "/entwurf", [("_aktion", "fim-import")], files: [(field: "schema", name: "schema.xml", data: fim)])
                #expect(imported.location == base + "#formular", "\(imported.text.prefix(500))")
                page = try await editor.get(base)
                #expect(page.text.contains("Das Schema ist importiert"))
                #expect(page.text.contains("Entwurf (FIM S99000000002 1.0.0, Stand 1)"))
                #expect(page.text.contains("Warnungen aus dem Import"))
                let again = try await editor.postMultipart(
                    base + "/entwurf", [("_aktion", "fim-import")], files: [(field: "schema", name: "schema.xml", data: fim)])
                #expect(again.status == .conflict)
                _ = try await editor.post(base + "/entwurf", [("revision", try Self.revision(page)), ("_aktion", "entwurf-verwerfen")])
                #expect(try await editor.get(base).text.contains("Neuen Entwurf anlegen"))
                let broken = try await editor.postMultipart(
                    base + "/entwurf", [("_aktion", "fim-import")], files: [(field: "schema", name: "kaputt.xml", data: Data("<a><b></a>".utf8))])
                #expect(broken.status == .unprocessableContent)
                #expect(broken.text.contains("Das Schema lässt sich nicht importieren: Die Datei ist kein wohlgeformtes XML"))
            }
            let service = try #require(try await test.portal.catalog.service(slug: "fundsache-melden"))
            let versions = try await test.portal.catalog.formVersions(of: service.id)
            #expect(versions.map(\.number) == [3, 2, 1])
            #expect(versions[0].schema == versions[2].schema)
        }
    }

    @Test("The privacy officer sees every service's record of processing activities; others may not")
    func processingRecords() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("dsb", password: "geheim-und-lang", name: "Dora Datenschutz", roles: [.privacyOfficer], units: [])
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                var officer = TestBrowser(client)
                #expect(try await BackOfficeTests.signIn(&officer, "dsb", "geheim-und-lang").location == "/intern/datenschutz")
                let page = try await officer.get("/intern/datenschutz")
                #expect(page.status == .ok)
                #expect(page.text.contains("Verzeichnis von Verarbeitungstätigkeiten"))
                #expect(page.text.contains("Online-Antrag „Fällgenehmigung für Bäume beantragen“"))
                #expect(page.text.contains("Anträge: Zehn Jahre nach Abschluss des Verfahrens"))
                var editor = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&editor, "redaktion", "geheim-und-lang")
                #expect(try await editor.get("/intern/datenschutz").status == .forbidden)
            }
        }
    }
}
