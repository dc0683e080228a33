import Foundation
import PortalApp
import PortalCore
import PortalTestSupport
import PortalViews
import Testing

/// Every page type rendered from fixed models and compared with the committed `.html` file.
/// Record with `RECORD_SNAPSHOTS=1 swift test --filter PageSnapshotTests`; CI only compares.
@Suite("Page snapshots")
struct PageSnapshotTests {
    static let links = PageShell.Links(
        home: "/", services: "/#themen", imprint: "/impressum", privacy: "/datenschutz", accessibility: "/barrierefreiheit",
        contact: "/kontakt", otherLanguage: "/sprache/en?zurueck=/", stylesheet: "/assets/portal.css", script: "/assets/portal.js"
    )

    static func shell(_ title: String, service: String? = nil, errors: Bool = false, notice: Bool = false, language: Language = .german) -> PageShell {
        var shell = PageShell(
            strings: .for(language), portalName: "Serviceportal Landkreis Muster", pageTitle: title, serviceTitle: service, hasErrors: errors,
            links: links,
            sessionNotice: notice ? .init(endsAt: "10:45", secondsLeft: 1800, extendAction: "/sitzung/verlaengern", csrfToken: "TOKEN", returnPath: "/x") : nil
        )
        shell.authority = Authority.demo
        shell.germanOnlyContent = language == .english && service != nil
        return shell
    }

    static func staffShell(_ title: String) -> PageShell {
        var shell = shell(title)
        shell.staff = .init(name: "Anna Schäfer", inboxPath: "/intern/eingang", logoutAction: "/intern/abmelden", csrfToken: "TOKEN")
        return shell
    }

    static let serviceLink = HomePage.ServiceLink(title: DemoCatalog.wellDrilling.title, summary: DemoCatalog.wellDrilling.summary, path: "/leistungen/brunnenbohrung-anzeigen")

    /// A field as the form step page builds it, on the tests' fixed day.
    static func view(_ field: FormField, values: [String: [String]], errors: [String: String] = [:], files: [String: [FieldView.FileItem]] = [:]) -> FieldView {
        FieldView(field: field, values: values, errors: errors, files: files, today: TestClock.today)
    }

    static var pages: [(String, HTML)] {
        let step = DemoCatalog.wellDrillingForm.steps[2]
        let fields = step.fields.map { field in
            view(field, values: ["bohrtiefe": ["zwölf"], "zweck": ["sonstiges"]],
                      errors: ["bohrtiefe": "„Geplante Bohrtiefe in Metern“ muss eine Zahl sein, zum Beispiel 12,5."])
        }
        let consent = DemoCatalog.wellDrillingForm.steps[3].fields.map { view($0, values: [:]) }
        return [
            ("home", HomePage.render(.init(shell: shell("Startseite"), searchAction: "/", query: nil, results: [], mostUsed: [serviceLink],
                                           categories: [.init(name: "Umwelt und Wasser", services: [serviceLink])]))),
            ("home-search-en", HomePage.render(.init(shell: shell("Search", language: .english), searchAction: "/", query: "<Brunnen>",
                                                     results: [serviceLink], mostUsed: [], categories: []))),
            ("service", ServicePage.render(.init(shell: shell(DemoCatalog.wellDrilling.title), service: DemoCatalog.wellDrilling,
                                                 responsibleOffice: "Untere Wasserbehörde", startPath: "/leistungen/brunnenbohrung-anzeigen/antrag",
                                                 privacyPath: "/leistungen/brunnenbohrung-anzeigen/datenschutz"))),
            ("form-step-errors", FormStepPage.render(.init(shell: shell(step.title, service: DemoCatalog.wellDrilling.title, errors: true, notice: true),
                                                           stepTitle: step.title, stepNumber: 3, stepCount: 4, fields: fields,
                                                           action: "/leistungen/brunnenbohrung-anzeigen/antrag/schritt/3",
                                                           backPath: "/leistungen/brunnenbohrung-anzeigen/antrag/schritt/2", csrfToken: "TOKEN"))),
            ("form-step-consent", FormStepPage.render(.init(shell: shell("Erklärung", service: DemoCatalog.wellDrilling.title, notice: true),
                                                            stepTitle: "Erklärung", stepNumber: 4, stepCount: 4, fields: consent,
                                                            action: "/leistungen/brunnenbohrung-anzeigen/antrag/schritt/4",
                                                            backPath: "/leistungen/brunnenbohrung-anzeigen/antrag/schritt/3", csrfToken: "TOKEN"))),
            ("form-step-kinds", FormStepPage.render(.init(
                shell: shell("Zahlung", service: "Fundsache melden", notice: true), stepTitle: "Zahlung", stepNumber: 2, stepCount: 2,
                fields: [
                    view(FormField(key: "hinweis", kind: .staticText, label: "Hinweis", hint: "Bitte vollständig ausfüllen."), values: [:]),
                    view(FormField(key: "wert", kind: .money, label: "Geschätzter Wert"), values: ["wert": ["12,345"]],
                              errors: ["wert": "„Geschätzter Wert“ muss ein Euro-Betrag mit höchstens zwei Nachkommastellen sein, zum Beispiel 12,50."]),
                    view(FormField(key: "uhrzeit", kind: .time, label: "Uhrzeit des Fundes", isRequired: false), values: [:]),
                    view(FormField(key: "termin", kind: .dateTime, label: "Abgabetermin", isRequired: false), values: [:]),
                    view(FormField(key: "iban", kind: .iban, label: "IBAN für den Finderlohn", isRequired: false), values: [:]),
                    view(FormField(key: "behoerde", kind: .readOnly, label: "Zuständig", fixedValue: "Fundbüro"), values: [:]),
                    view(FormField(key: "akte", kind: .hidden, label: "Akte", fixedValue: "32.10"), values: [:]),
                ],
                action: "/leistungen/fundsache-melden/antrag/schritt/2", backPath: "/leistungen/fundsache-melden/antrag/schritt/1", csrfToken: "TOKEN"))),
            ("form-step-groups", FormStepPage.render(.init(
                shell: shell("Bäume", service: DemoCatalog.treeFelling.title, errors: true, notice: true), stepTitle: "Bäume", stepNumber: 3, stepCount: 5,
                fields: DemoCatalog.treeFellingForm.steps[1].fields.map {
                    view($0, values: ["standort.postalCode": ["2410"], "gemarkung": ["Kiel"]],
                              errors: ["standort": "Die Postleitzahl bei „Lage des Grundstücks“ muss aus fünf Ziffern bestehen, zum Beispiel 24103."])
                } + DemoCatalog.treeFellingForm.steps[2].fields.map {
                    view($0, values: ["baeume.1.art": ["Stieleiche"], "baeume.2.grund": ["sonstiges"]],
                              errors: ["baeume.2.art": "Bitte füllen Sie „Baumart (Baum 2)“ aus."])
                } + DemoCatalog.treeFellingForm.steps[3].fields.map {
                    view($0, values: [:], files: ["lageplan": [.init(id: "00000000-0000-0000-0000-0000000000f1", name: "Lageplan.pdf", size: "1,2 MB", link: "/x/dateien/00000000-0000-0000-0000-0000000000f1")]])
                },
                action: "/leistungen/baumfaellung-beantragen/antrag/schritt/3", backPath: "/leistungen/baumfaellung-beantragen/antrag/schritt/2", csrfToken: "TOKEN"))),
            ("check-answers", CheckAnswersPage.render(.init(shell: shell("Angaben prüfen", service: DemoCatalog.wellDrilling.title, notice: true),
                                                            sections: [.init(title: "Bohrstelle", rows: [
                                                                .init(question: "Gemarkung", answer: "Einfeld", changePath: "/x/schritt/2#feld-gemarkung"),
                                                                .init(question: "Flur", answer: "", changePath: "/x/schritt/2#feld-flur"),
                                                            ])],
                                                            errors: [], action: "/x/pruefen", backPath: "/x/schritt/4", csrfToken: "TOKEN", fee: "62,50 €"))),
            ("confirmation", ConfirmationPage.render(.init(shell: shell("Antrag eingegangen", service: DemoCatalog.wellDrilling.title),
                                                           reference: "BRU-2026-K7QM-4XD2", receivedAt: "Eingegangen am 30.11.2026, 10:15 Uhr",
                                                           nextSteps: DemoCatalog.wellDrilling.steps, homePath: "/"))),
            ("staff-login-error", StaffLoginPage.render(.init(shell: shell("Anmeldung für Mitarbeitende", errors: true), action: "/intern/anmelden",
                                                              csrfToken: "TOKEN", username: "anna", error: Strings.german.loginFailed))),
            ("staff-inbox", InboxPage.render(.init(
                shell: staffShell("Posteingang"), action: "/intern/eingang",
                services: [.init(value: "brunnenbohrung-anzeigen", label: "Anzeige einer Brunnenbohrung", isSelected: true)],
                statuses: CaseStatus.allCases.map { .init(value: $0.rawValue, label: $0.label(), isSelected: $0 == .received) },
                search: "Müller",
                rows: [.init(reference: "BRU-2026-K7QM-4XD2", path: "/intern/antraege/BRU-2026-K7QM-4XD2", applicant: "Jürgen Müller",
                             service: "Anzeige einer Brunnenbohrung", status: "Eingegangen", receivedAt: "30.11.2026, 10:15", isUnread: true),
                       .init(reference: "BRU-2026-0000-0001", path: "/intern/antraege/BRU-2026-0000-0001", applicant: "Ayşe Yılmaz",
                             service: "Anzeige einer Brunnenbohrung", status: "In Bearbeitung", receivedAt: "29.11.2026, 08:05", isUnread: false)],
                olderPath: "/intern/eingang?vor=17", newestPath: nil))),
            ("staff-submission", StaffSubmissionPage.render(.init(
                shell: staffShell("BRU-2026-K7QM-4XD2"), reference: "BRU-2026-K7QM-4XD2", serviceTitle: "Anzeige einer Brunnenbohrung",
                status: "In Bearbeitung", receivedAt: "30.11.2026, 10:15", formVersion: 1,
                sections: [.init(title: "Bohrstelle", answers: [.init(question: "Gemarkung", answer: "Einfeld"), .init(question: "Flur", answer: "")])],
                history: [.init(at: "30.11.2026, 11:00", from: "Eingegangen", to: "In Bearbeitung", actor: "staff:anna", note: "Prüfung <begonnen>")],
                statusChoices: [.init(value: "completed", label: "Abgeschlossen"), .init(value: "rejected", label: "Abgelehnt")],
                statusAction: "/intern/antraege/BRU-2026-K7QM-4XD2/status", csrfToken: "TOKEN", fee: "62,50 €"))),
            ("sign-in-required", signInRequired),
            ("account-external", accountExternal),
            ("not-found", PlainPage.render(.init(shell: shell("Seite nicht gefunden"), heading: "Seite nicht gefunden",
                                                 paragraphs: [Strings.german.notFoundText], link: ("Zur Startseite", "/")))),
        ]
    }

    /// A form that asks for a trust level, seen by someone signed in with a password.
    static var signInRequired: HTML {
        let text = IdentityText.german
        var model = PlainPage.Model(shell: shell(text.gateHeading, service: DemoCatalog.wellDrilling.title), heading: text.gateHeading, paragraphs: [
            text.gateText(DemoCatalog.wellDrilling.title, TrustLevel.substantial.label(), TrustLevel.substantial.explanation()),
            text.gateTooLow(TrustLevel.basic.label()),
        ])
        model.buttons = [PostButton(label: text.loginWith("BundID"), action: "/konto/extern/bundid", secondary: false)]
        model.csrfToken = "TOKEN"
        model.links = [(text.serviceLink, "/leistungen/brunnenbohrung-anzeigen")]
        return PlainPage.render(model)
    }

    /// An account made through a provider: no password, one linked sign-in, another provider to connect.
    static var accountExternal: HTML {
        let text = IdentityText.german
        var model = MyApplicationsPage.Model(shell: shell("Mein Konto"), email: "anna.schmidt@example.de", rows: [], logoutAction: "/konto/abmelden", csrfToken: "TOKEN")
        model.profile = CitizenProfile(givenName: "Anna", familyName: "Schmidt")
        model.exportPath = "/konto/daten"
        model.profileAction = "/konto/angaben"
        model.emailAction = "/konto/email"
        model.deleteAction = "/konto/loeschen"
        model.hasPassword = false
        model.setPasswordPath = "/konto/passwort-vergessen"
        model.identity = .init(
            accountLevel: text.accountLevel(TrustLevel.high.label(), TrustLevel.high.explanation()), sessionLevel: text.sessionLevel(TrustLevel.high.label()),
            linked: [(text: text.linkedIdentity("BundID", "30.11.2026", "30.11.2026, 10:15"), unlink: nil)],
            connect: [PostButton(label: text.connectWith("Servicekonto Land"), action: "/konto/extern/land")]
        )
        return MyApplicationsPage.render(model)
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    @Test("Pages match their committed snapshots", arguments: pages.map(\.0))
    func matchesSnapshot(name: String) throws {
        let html = try #require(Self.pages.first { $0.0 == name }).1.rendered
        let file = Self.directory.appendingPathComponent("\(name).html")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try html.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(html == expected, "snapshot \(name) differs; record again with RECORD_SNAPSHOTS=1 and review the diff")
    }

    @Test("Every page keeps the accessibility and security invariants", arguments: pages.map(\.0))
    func invariants(name: String) throws {
        let html = try #require(Self.pages.first { $0.0 == name }).1.rendered
        #expect(html.components(separatedBy: "<h1").count == 2, "exactly one h1")
        #expect(html.contains(#"<html lang=""#))
        #expect(html.contains(##"<a class="skip-link" href="#inhalt">"##) && html.contains(#"<main id="inhalt""#))
        #expect(!html.contains(" style="), "no inline style")
        #expect(MarkupAsText.find(in: html) == [], "no markup printed as text")
        #expect(!html.contains("<style"), "no style element")
        for script in html.components(separatedBy: "<script").dropFirst() {
            #expect(script.hasPrefix(" src="), "no inline script")
        }
        for form in html.components(separatedBy: #"<form method="post""#).dropFirst() {
            let body = form.components(separatedBy: "</form>")[0]
            #expect(body.contains(#"name="_csrf""#), "every POST form carries the CSRF token")
        }
        for input in html.components(separatedBy: "<input").dropFirst() {
            let tag = input.components(separatedBy: ">")[0]
            if tag.contains(#"type="hidden""#) { continue }
            let id = try #require(tag.components(separatedBy: #"id=""#).dropFirst().first?.components(separatedBy: "\"").first, "input without id: \(tag)")
            #expect(html.contains(#"for="\#(id)""#), "input \(id) has a label")
        }
    }
}
