import Foundation
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import Testing

@Suite("Form builder: conditions, expressions, rules, fee, groups, jargon, review mail (HTML)")
struct BuilderTests {
    static let base = "/intern/redaktion/leistungen/hundesteuer-anmelden"
    static let step = base + "/entwurf/schritte/1"

    /// A signed-in editor with a draft of one step: name, count, purpose, start, end.
    static func draft(_ client: some TestClientProtocol, _ test: TestPortal) async throws -> TestBrowser {
        var editor = TestBrowser(client)
        _ = try await BackOfficeTests.signIn(&editor, "redaktion", "geheim-und-lang")
        _ = try await editor.get("/intern/redaktion")
        _ = try await editor.post(
            "/intern/redaktion/leistungen", [("titel", "Hundesteuer anmelden"), ("kurzname", "hundesteuer-anmelden"), ("stelle", "ordnungsamt")])
        var page = try await editor.get(base)
        _ = try await editor.post(base + "/entwurf", [("revision", try EditorTests.revision(page)), ("_aktion", "schritt-hinzufuegen"), ("titel", "Ihr Hund")])
        for (kind, label) in [("text", "Name des Hundes"), ("integer", "Anzahl der Hunde"), ("singleChoice", "Zweck"), ("date", "Beginn"), ("date", "Ende")] {
            page = try await editor.get(step)
            let added = try await editor.post(
                step, [("revision", try EditorTests.revision(page)), ("_aktion", "feld-hinzufuegen"), ("art", kind), ("beschriftung", label)])
            #expect(added.status == .seeOther)
        }
        // New options first, then the defaults go: the stored values are „privat“ and „gewerblich“.
        for options in ["Ja\nNein\nPrivat\nGewerblich", "Privat\nGewerblich"] {
            page = try await editor.get(step + "/felder/zweck")
            #expect(
                try await editor.post(
                    step + "/felder/zweck",
                    [
                        ("revision", try EditorTests.revision(page)), ("beschriftung", "Zweck"), ("pflicht", "true"), ("antworten", options),
                    ]
                ).status == .seeOther)
        }
        return editor
    }

    static func schema(_ test: TestPortal) async throws -> FormSchema {
        let service = try #require(try await test.portal.catalog.service(slug: "hundesteuer-anmelden"))
        return try #require(try await test.portal.catalog.drafts(of: service.id).first).schema
    }

    @Test("Show, require and forbid conditions come from the pickers or from expressions; mistakes are refused where they happen")
    func conditions() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                var editor = try await Self.draft(client, test)
                let path = Self.step + "/felder/ende"
                var page = try await editor.get(path)
                #expect(page.text.contains("Pflichtangabe nur, wenn"))
                #expect(page.text.contains(#"<option value="zweck">Zweck</option>"#))
                #expect(!page.text.contains(#"<option value="ende">"#), "a field cannot depend on itself")
                func save(_ extra: [(String, String)]) async throws -> TestResponse {
                    page = try await editor.get(path)
                    return try await editor.post(path, [("revision", try EditorTests.revision(page)), ("beschriftung", "Ende")] + extra)
                }
                // Required only for businesses; otherwise optional.
                #expect(
                    try await save([
                        ("bedingung_feld", ""), ("pflicht_wenn_feld", "zweck"), ("pflicht_wenn_vergleich", "="), ("pflicht_wenn_wert", "Gewerblich"),
                    ]).status == .seeOther)
                #expect(try await Self.schema(test).field("ende")?.requireIf == .equals("zweck", .text("gewerblich")))
                // Forbidden when it would end before it begins: compared with another answer.
                #expect(
                    try await save([("verboten_wenn_feld", "anzahl_der_hunde"), ("verboten_wenn_vergleich", ">"), ("verboten_wenn_wert", "5")]).status
                        == .seeOther)
                #expect(try await Self.schema(test).field("ende")?.forbidIf == .compare("anzahl_der_hunde", .greater, .number(5)))

                let broken = try await save([("bedingung_ausdruck", "anzahl_der_hunde >")])
                #expect(broken.status == .unprocessableContent)
                #expect(broken.text.contains("Der Ausdruck lässt sich nicht lesen: Der Ausdruck endet zu früh"))
                let unknown = try await save([("bedingung_ausdruck", "gibt_es_nicht = 1")])
                #expect(unknown.text.contains("Im Ausdruck steht „gibt_es_nicht“; ein Feld mit diesem Schlüssel gibt es nicht."))
                let textCompare = try await save([("bedingung_feld", "name_des_hundes"), ("bedingung_vergleich", "<"), ("bedingung_wert", "5")])
                #expect(textCompare.text.contains("„Name des Hundes“ ist keine Zahl und kein Datum"))
                let wrongAnswer = try await save([("bedingung_feld", "zweck"), ("bedingung_vergleich", "="), ("bedingung_wert", "Verein")])
                #expect(wrongAnswer.text.contains("„Verein“ ist keine Antwort von „Zweck“. Möglich: Privat, Gewerblich."))

                // An expression for what the lists cannot say, shown again as written.
                #expect(
                    try await save([("bedingung_ausdruck", "anzahl_der_hunde >= 1 und (zweck = \"Gewerblich\" oder ausgefüllt(name_des_hundes))")]).status
                        == .seeOther)
                let stored = try await Self.schema(test).field("ende")
                #expect(
                    stored?.showIf
                        == .all([
                            .compare("anzahl_der_hunde", .greaterOrEqual, .number(1)),
                            .any([.equals("zweck", .text("gewerblich")), .notEmpty("name_des_hundes")]),
                        ]))
                #expect(stored?.requireIf == .equals("zweck", .text("gewerblich")), "conditions the form did not change stay")
                page = try await editor.get(path)
                #expect(page.text.contains(#"value="anzahl_der_hunde &gt;= 1 und (zweck = &quot;gewerblich&quot; oder ausgefüllt(name_des_hundes))""#))

                // A condition may only read earlier answers.
                let beginPage = try await editor.get(Self.step + "/felder/beginn")
                let later = try await editor.post(
                    Self.step + "/felder/beginn",
                    [
                        ("revision", try EditorTests.revision(beginPage)), ("beschriftung", "Beginn"), ("bedingung_ausdruck", "ausgefüllt(ende)"),
                    ])
                #expect(later.status == .unprocessableContent)
                #expect(later.text.contains("eine Bedingung kann sich nur auf frühere Felder beziehen"))
            }
        }
    }

    @Test("Rules across answers and the fee: from lists, as expressions, with clear refusals")
    func rulesAndFee() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                var editor = try await Self.draft(client, test)
                let path = Self.base + "/entwurf/regeln"
                #expect(try await editor.get(Self.base).text.contains("Regeln und Gebühr (0 Regeln, ohne Gebühr)"))
                func post(_ fields: [(String, String)]) async throws -> TestResponse {
                    let page = try await editor.get(path)
                    return try await editor.post(path, [("revision", try EditorTests.revision(page))] + fields)
                }
                let noMessage = try await post([
                    ("_aktion", "regel-hinzufuegen"), ("regel_feld", "ende"), ("regel_vergleich", ">="), ("regel_anderes", "beginn"), ("regel_meldung", ""),
                ])
                #expect(noMessage.status == .unprocessableContent)
                #expect(noMessage.text.contains("Bitte schreiben Sie die Meldung"))
                #expect(noMessage.text.contains(#"<option value="beginn" selected>"#), "what was entered comes back")
                let added = try await post([
                    ("_aktion", "regel-hinzufuegen"), ("regel_feld", "ende"), ("regel_vergleich", ">="), ("regel_anderes", "beginn"),
                    ("regel_meldung", "Das Ende muss nach dem Beginn liegen."),
                ])
                #expect(added.location == path + "#regeln")
                #expect(
                    try await Self.schema(test).rules == [
                        CrossFieldRule(
                            check: .compareFields("ende", .greaterOrEqual, "beginn"), field: "ende", message: "Das Ende muss nach dem Beginn liegen.")
                    ])
                let unlike = try await post([
                    ("_aktion", "regel-hinzufuegen"), ("regel_ausdruck", "ende > anzahl_der_hunde"), ("regel_meldung", "Passt nicht."),
                ])
                #expect(unlike.text.contains("vergleicht „ende“ mit „anzahl_der_hunde“; das geht nur bei zwei Zahlen oder zwei Datumsangaben."))

                #expect(
                    try await post([
                        ("_aktion", "gebuehr-auswahl"), ("gebuehr_grund", "20"), ("gebuehr_je_feld", "anzahl_der_hunde"), ("gebuehr_je_betrag", "7,50"),
                    ]).status == .seeOther)
                #expect(try await Self.schema(test).fee == .sum([.amount(20), .product([.answer("anzahl_der_hunde"), .amount(Decimal(string: "7.5")!)])]))
                #expect(try await editor.get(path).text.contains("<code>20 + anzahl_der_hunde * 7,5</code>"))
                let missingUnit = try await post([("_aktion", "gebuehr-auswahl"), ("gebuehr_je_feld", "anzahl_der_hunde")])
                #expect(missingUnit.text.contains("Bitte geben Sie an, wie viel Euro je Einheit von „Anzahl der Hunde“ hinzukommen."))
                let broken = try await post([("_aktion", "gebuehr-ausdruck"), ("gebuehr_ausdruck", "20 +")])
                #expect(broken.text.contains("Der Ausdruck lässt sich nicht lesen: Der Ausdruck endet zu früh: es fehlt der Schlüssel eines Feldes."))
                let notNumber = try await post([("_aktion", "gebuehr-ausdruck"), ("gebuehr_ausdruck", "name_des_hundes * 2")])
                #expect(notNumber.text.contains("Die Gebührenberechnung rechnet mit „name_des_hundes“, das keine Zahl ist."))
                #expect(try await post([("_aktion", "gebuehr-ausdruck"), ("gebuehr_ausdruck", "wenn(zweck = \"Gewerblich\"; 100; 20)")]).status == .seeOther)
                #expect(try await Self.schema(test).fee == .when(.equals("zweck", .text("gewerblich")), .amount(100), .amount(20)))
                #expect(try await editor.get(Self.base).text.contains("Regeln und Gebühr (1 Regel, mit Gebühr)"))
                // Nothing the rule or fee reads can be deleted from under it.
                let stepPage = try await editor.get(Self.step)
                let delete = try await editor.post(Self.step, [("revision", try EditorTests.revision(stepPage)), ("_aktion", "feld-loeschen:zweck")])
                #expect(delete.text.contains("Das Feld kann nicht gelöscht werden: die Gebührenberechnung bezieht sich darauf."))
                #expect(try await post([("_aktion", "gebuehr-entfernen")]).status == .seeOther)
                #expect(try await post([("_aktion", "regel-loeschen:0")]).status == .seeOther)
                let schema = try await Self.schema(test)
                #expect(schema.fee == nil && schema.rules.isEmpty)
            }
        }
    }

    @Test("Groups: added to a step, fields added inside, made repeatable with bounds and an entry name")
    func groups() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                var editor = try await Self.draft(client, test)
                var page = try await editor.get(Self.step)
                #expect(
                    try await editor.post(
                        Self.step,
                        [("revision", try EditorTests.revision(page)), ("_aktion", "feld-hinzufuegen"), ("art", "group"), ("beschriftung", "Weitere Hunde")]
                    ).status == .seeOther)
                page = try await editor.get(Self.step)
                #expect(page.text.contains(#"<option value="weitere_hunde">in die Gruppe „Weitere Hunde“</option>"#))
                #expect(
                    try await editor.post(
                        Self.step,
                        [
                            ("revision", try EditorTests.revision(page)), ("_aktion", "feld-hinzufuegen"), ("art", "text"), ("beschriftung", "Rasse"),
                            ("gruppe", "weitere_hunde"),
                        ]
                    ).location == Self.step + "#feld-rasse")
                let group = Self.step + "/felder/weitere_hunde"
                page = try await editor.get(group)
                #expect(page.status == .ok)
                let bad = try await editor.post(
                    group,
                    [
                        ("revision", try EditorTests.revision(page)), ("beschriftung", "Weitere Hunde"), ("wiederholbar", "true"),
                        ("min_eintraege", "5"), ("max_eintraege", "2"), ("eintrag_name", "Hund"),
                    ])
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("Die Mindestzahl der Einträge ist größer als die Höchstzahl."))
                #expect(
                    try await editor.post(
                        group,
                        [
                            ("revision", try EditorTests.revision(page)), ("beschriftung", "Weitere Hunde"), ("wiederholbar", "true"),
                            ("min_eintraege", "0"), ("max_eintraege", "3"), ("eintrag_name", "Hund"),
                        ]
                    ).status == .seeOther)
                let stored = try #require(try await Self.schema(test).steps[0].fields.last)
                #expect(stored.repetition == Repetition(min: 0, max: 3, itemName: "Hund"))
                #expect(stored.fields.map(\.label) == ["Angabe", "Rasse"])
                page = try await editor.get(Self.step)
                #expect(page.text.contains("<td>Wiederholbare Gruppe</td>"))
                #expect(
                    page.text.contains(
                        #"<span class="nested nested-1">↳ <a href="/intern/redaktion/leistungen/hundesteuer-anmelden/entwurf/schritte/1/felder/rasse">Rasse</a></span>"#
                    ))
                // The field inside the group has its own page; the preview shows the entry buttons.
                #expect(try await editor.get(Self.step + "/felder/rasse").status == .ok)
                #expect(try await editor.get(Self.step + "/vorschau").text.contains("Hund hinzufügen"))
                page = try await editor.get(Self.step)
                #expect(
                    try await editor.post(Self.step, [("revision", try EditorTests.revision(page)), ("_aktion", "feld-loeschen:rasse")]).status == .seeOther)
                #expect(try await Self.schema(test).steps[0].fields.last?.fields.map(\.label) == ["Angabe"])
            }
        }
    }

    @Test("Patterns, date bounds and file limits are set per field, and bad ones refused")
    func fieldRules() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                var editor = try await Self.draft(client, test)
                var page = try await editor.get(Self.step)
                _ = try await editor.post(
                    Self.step, [("revision", try EditorTests.revision(page)), ("_aktion", "feld-hinzufuegen"), ("art", "file"), ("beschriftung", "Impfpass")])
                func save(_ key: String, _ label: String, _ extra: [(String, String)]) async throws -> TestResponse {
                    page = try await editor.get(Self.step + "/felder/" + key)
                    return try await editor.post(Self.step + "/felder/" + key, [("revision", try EditorTests.revision(page)), ("beschriftung", label)] + extra)
                }
                let badPattern = try await save("name_des_hundes", "Name des Hundes", [("muster", "[a-z")])
                #expect(badPattern.status == .unprocessableContent)
                #expect(badPattern.text.contains("Das Muster „[a-z“ ist kein gültiger regulärer Ausdruck."))
                #expect(try await save("name_des_hundes", "Name des Hundes", [("muster", "[A-ZÄÖÜ][a-zäöüß]+")]).status == .seeOther)
                #expect(try await Self.schema(test).field("name_des_hundes")?.constraints.pattern == "[A-ZÄÖÜ][a-zäöüß]+")
                // The field's page gives the writing guidance and names what to improve.
                let guided = try await editor.get(Self.step + "/felder/name_des_hundes")
                #expect(guided.text.contains("Erklären Sie im Hinweistext, wofür Sie die Angabe brauchen"))
                #expect(guided.text.contains("„Name des Hundes“ verlangt ein festes Format, der Hinweistext nennt es aber nicht."))
                #expect(try await editor.get(Self.step).text.contains("Ein Thema pro Seite"))
                let badDays = try await save("beginn", "Beginn", [("frueheste_tage", "10"), ("spaeteste_tage", "-3")])
                #expect(badDays.text.contains("Das früheste Datum liegt nach dem spätesten."))
                #expect(try await save("beginn", "Beginn", [("frueheste_tage", "0"), ("spaeteste_tage", "365")]).status == .seeOther)
                let dates = try await Self.schema(test).field("beginn")?.constraints
                #expect(dates?.earliestDaysFromToday == 0 && dates?.latestDaysFromToday == 365)
                page = try await editor.get(Self.step + "/felder/impfpass")
                #expect(page.text.contains(#"value="image/png" checked"#))
                let noType = try await save("impfpass", "Impfpass", [("max_mb", "5"), ("max_dateien", "2")])
                #expect(noType.text.contains("Bitte erlauben Sie mindestens eine Dateiart."))
                let tooBig = try await save("impfpass", "Impfpass", [("max_mb", "80"), ("max_dateien", "2"), ("dateiarten", "application/pdf")])
                #expect(tooBig.text.contains("Eine Datei darf zwischen 0,1 und 50 MB groß sein."))
                #expect(
                    try await save(
                        "impfpass", "Impfpass", [("max_mb", "2,5"), ("max_dateien", "3"), ("dateiarten", "application/pdf"), ("dateiarten", "image/jpeg")]
                    ).status == .seeOther)
                let file = try await Self.schema(test).field("impfpass")?.constraints
                #expect(file?.maxFileBytes == 2_621_440 && file?.maxFiles == 3 && file?.mediaTypes == ["application/pdf", "image/jpeg"])
            }
        }
    }

    @Test("The responsible org unit can move to another of the editor's units, never to a foreign one")
    func responsibleUnit() async throws {
        try await TestPortal.with { test in
            try await test.addStaff(
                "redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor],
                units: [DemoCatalog.publicOrder, DemoCatalog.waterAuthority])
            try await test.addStaff("ordnung", password: "geheim-und-lang", name: "Otto Ordnung", roles: [.editor], units: [DemoCatalog.publicOrder])
            try await test.application().test(.router) { client in
                var editor = try await Self.draft(client, test)
                var page = try await editor.get(Self.base + "/eintrag")
                #expect(page.text.contains(#"<option value="ordnungsamt" selected>Ordnungsamt</option>"#))
                let foreign = try await editor.post(
                    Self.base + "/eintrag", [("stand", try EditorTests.stamp(page)), ("titel", "Hundesteuer anmelden"), ("stelle", "bauordnungsamt")])
                #expect(foreign.status == .unprocessableContent)
                #expect(foreign.text.contains("Bitte wählen Sie eine Ihrer Stellen."))
                page = try await editor.get(Self.base + "/eintrag")
                #expect(
                    try await editor.post(
                        Self.base + "/eintrag",
                        [("stand", try EditorTests.stamp(page)), ("titel", "Hundesteuer anmelden"), ("stelle", "untere-wasserbehoerde")]
                    ).status == .seeOther)
                #expect(try await test.portal.catalog.service(slug: "hundesteuer-anmelden")?.orgUnitID == DemoCatalog.waterAuthority.id)
                #expect(try await test.portal.catalog.services(of: [DemoCatalog.waterAuthority.id]).contains { $0.slug == "hundesteuer-anmelden" })
                var other = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&other, "ordnung", "geheim-und-lang")
                #expect(try await other.get(Self.base).status == .notFound)

                // A unit that publishes without the department's approval cannot take over a reviewed service.
                let free = try await test.portal.createOrgUnit(slug: "pressestelle", name: "Pressestelle", requiresApproval: false)
                var rita = try #require(try await test.portal.staff.user(username: "redaktion"))
                rita.orgUnitIDs.insert(free.id)
                try await test.portal.staff.save(rita)
                page = try await editor.get(Self.base + "/eintrag")
                let unreviewed = try await editor.post(
                    Self.base + "/eintrag", [("stand", try EditorTests.stamp(page)), ("titel", "Hundesteuer anmelden"), ("stelle", "pressestelle")])
                #expect(unreviewed.status == .unprocessableContent)
                #expect(unreviewed.text.contains("„Pressestelle“ veröffentlicht ohne Freigabe durch die Fachabteilung."))
                #expect(try await test.portal.catalog.service(slug: "hundesteuer-anmelden")?.orgUnitID == DemoCatalog.waterAuthority.id)
            }
        }
    }

    @Test("Admins set the jargon list the writing guidance uses, and the help page")
    func jargonAndHelp() async throws {
        try await TestPortal.with { test in
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.publicOrder])
            try await test.addStaff("admin", password: "geheim-und-lang", name: "Ada Admin", roles: [.admin], units: [])
            try await test.application().test(.router) { client in
                var visitor = TestBrowser(client)
                let help = try await visitor.get("/hilfe")
                #expect(help.status == .ok)
                #expect(help.text.contains("<h1>Hilfe und häufige Fragen</h1>"))
                #expect(help.text.contains("Kann ich eine Pause machen?"))

                var editor = try await Self.draft(client, test)
                #expect(!(try await editor.get(Self.base)).text.contains("das Amtswort „Hund“"))
                var admin = TestBrowser(client)
                #expect(
                    try await BackOfficeTests.signIn(&admin, "admin", "geheim-und-lang").text.contains("Zweiter Faktor eingerichtet"),
                    "an admin sets up the second factor first")
                let pages = try await admin.get("/intern/seiten")
                #expect(pages.text.contains("gemäß = nach"))
                let bad = try await admin.post("/intern/seiten/fachwoerter", [("titel", "Amtswörter"), ("text", "gemäß = nach\n= nichts")])
                #expect(bad.status == .unprocessableContent)
                #expect(bad.text.contains("In Zeile 2 fehlt das Wort vor dem „=“."))
                #expect(try await admin.post("/intern/seiten/fachwoerter", [("titel", "Amtswörter"), ("text", "Hund = Tier\nBeginn")]).status == .seeOther)
                let page = try await editor.get(Self.base)
                #expect(page.text.contains("„Name des Hundes“ enthält das Amtswort „Hund“. Verständlicher: „Tier“."))
                #expect(page.text.contains("„Beginn“ enthält das Amtswort „Beginn“."))
                #expect(try await admin.post("/intern/seiten/hilfe", [("titel", "Hilfe"), ("text", "## Fragen\nRufen Sie uns an.")]).status == .seeOther)
                #expect(try await visitor.get("/hilfe").text.contains("Rufen Sie uns an."))
            }
        }
    }

    @Test("Reviewers with an address are mailed when a draft is sent to them; editors when it is decided")
    func reviewMail() async throws {
        try await TestPortal.with { test in
            var editorAccount = try await test.addStaff(
                "redaktion", password: "geheim-und-lang", name: "Rita Redaktion", roles: [.editor], units: [DemoCatalog.publicOrder])
            editorAccount.email = "redaktion@landkreis.example"
            try await test.portal.staff.save(editorAccount)
            var reviewerAccount = try await test.addStaff(
                "pruefer", password: "geheim-und-lang", name: "Paula Prüfer", roles: [.reviewer], units: [DemoCatalog.publicOrder])
            reviewerAccount.email = "pruefung@landkreis.example"
            try await test.portal.staff.save(reviewerAccount)
            try await test.addStaff("stumm", password: "geheim-und-lang", name: "Ohne Adresse", roles: [.reviewer], units: [DemoCatalog.publicOrder])
            try await test.addStaff("fremd", password: "geheim-und-lang", name: "Andere Stelle", roles: [.reviewer], units: [DemoCatalog.waterAuthority])
            let mail = RecordingMailSender()
            try await test.application(mail: mail).test(.router) { client in
                var editor = try await Self.draft(client, test)
                let page = try await editor.get(Self.base)
                #expect(
                    try await editor.post(Self.base + "/entwurf", [("revision", try EditorTests.revision(page)), ("_aktion", "zur-pruefung")]).status
                        == .seeOther)
                #expect(mail.mails.map(\.to) == ["pruefung@landkreis.example"])
                #expect(mail.mails.first?.subject == "Zur Prüfung: Hundesteuer anmelden")
                #expect(mail.mails.first?.body.contains("/intern/pruefung/hundesteuer-anmelden") == true)

                var reviewer = TestBrowser(client)
                _ = try await BackOfficeTests.signIn(&reviewer, "pruefer", "geheim-und-lang")
                let review = try await reviewer.get("/intern/pruefung/hundesteuer-anmelden")
                #expect(review.text.contains("Entwurf testen"))
                #expect(
                    try await reviewer.post(
                        "/intern/pruefung/hundesteuer-anmelden",
                        [("revision", try EditorTests.revision(review)), ("_aktion", "aenderungen"), ("nachricht", "Bitte den Zweck erklären.")]
                    ).status == .seeOther)
                #expect(mail.mails.count == 2)
                #expect(mail.mails.last?.to == "redaktion@landkreis.example")
                #expect(mail.mails.last?.subject == "Änderungen erbeten: Hundesteuer anmelden")
                #expect(mail.mails.allSatisfy { !$0.body.contains("Bitte den Zweck erklären.") }, "the comment stays in the portal")
                // The review page shows everything that will be published, and the message with a decision is about the whole draft.
                #expect(review.text.contains("Was sich geändert hat") && review.text.contains("Die Leistung war noch nie veröffentlicht"))
                #expect(review.text.contains("<dt>Rechtsgrundlage</dt>") && review.text.contains("Datenschutzhinweise (Art. 13 DSGVO)"))
                #expect(review.text.contains("Bedingungen, Grenzen und Codes") && review.text.contains("Codes: "))
                var editorPage = try await editor.get(Self.base)
                #expect(editorPage.text.contains("Gesamteindruck (der ganze Entwurf)") && !editorPage.text.contains("Katalogeintrag</strong>"))
                // After changes, the next review shows what changed since the last decision.
                #expect(
                    try await editor.post(
                        Self.base + "/entwurf",
                        [("revision", try EditorTests.revision(editorPage)), ("_aktion", "schritt-hinzufuegen"), ("titel", "Halterin oder Halter")]
                    ).status == .seeOther)
                editorPage = try await editor.get(Self.base)
                #expect(
                    try await editor.post(Self.base + "/entwurf", [("revision", try EditorTests.revision(editorPage)), ("_aktion", "zur-pruefung")]).status
                        == .seeOther)
                let again = try await reviewer.get("/intern/pruefung/hundesteuer-anmelden")
                #expect(again.text.contains("Seit Ihrer letzten Entscheidung am"))
                #expect(again.text.contains("jetzt:") && again.text.contains("Halterin oder Halter"))
            }
        }
    }
}
