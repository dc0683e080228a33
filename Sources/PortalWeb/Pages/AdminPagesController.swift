import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// Admins write the portal-wide pages (imprint, portal privacy statement, accessibility statement).
struct AdminPagesController: Sendable {
    let pages: any PortalPageStore
    let access: StaffAccess
    let frame: PageFrame
    let now: @Sendable () -> Date

    static let editable: [SiteRoute.LegalPage] = [.help, .imprint, .privacy, .accessibility]
    /// Not a page but the list of office words the builder warns about, kept like a page.
    static let jargonSlug = "fachwoerter"

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.adminPages.pattern, use: list)
        router.post(SiteRoute.adminPage(slug: "").pattern, use: save)
    }

    private func asAdmin(_ context: PortalRequestContext, _ page: (StaffUser, String) async throws -> Response) async throws -> Response {
        try await access.run(context, allowing: [.admin], page)
    }

    /// Where an admin starts: the structure a BITV 2.0 accessibility statement needs.
    static func template(_ page: SiteRoute.LegalPage, _ text: Strings) -> (String, String) {
        switch page {
        case .accessibility:
            return (text.accessibility, """
            Der Landkreis ist bemüht, das Serviceportal barrierefrei zugänglich zu machen. Rechtsgrundlage sind die Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) und das Landesrecht.

            ## Stand der Vereinbarkeit
            Das Portal ist mit den Anforderungen weitgehend vereinbar.

            ## Nicht barrierefreie Inhalte
            - (Inhalt, Grund, barrierefreie Alternative)

            ## Erstellung dieser Erklärung
            Datum und Methode der Bewertung (zum Beispiel Selbstbewertung mit axe-core und Tastaturtest).

            ## Schlichtungsverfahren
            Kontaktdaten der Schlichtungs- oder Durchsetzungsstelle des Landes.
            """)
        case .help:
            return (text.language == .german ? "Hilfe und häufige Fragen" : "Help and frequently asked questions", """
            ## Wie stelle ich einen Antrag?
            Suchen Sie die Leistung auf der Startseite. Auf der Seite der Leistung steht, was Sie brauchen; mit „Antrag stellen“ beginnt das Formular. Es fragt Schritt für Schritt, und vor dem Absenden sehen Sie alle Angaben noch einmal.

            ## Kann ich eine Pause machen?
            Ja. Mit „Speichern und später fortsetzen“ erhalten Sie einen Link, mit dem Sie 30 Tage lang weitermachen können, auch auf einem anderen Gerät. Bewahren Sie den Link gut auf: Wer ihn kennt, kann Ihre Angaben sehen.

            ## Was passiert nach dem Absenden?
            Sie erhalten ein Aktenzeichen. Die zuständige Stelle bearbeitet Ihren Antrag und meldet sich bei Ihnen. Bei Fragen nennen Sie das Aktenzeichen.

            ## Welche Dateien kann ich hochladen?
            Welche Dateiarten und wie große Dateien erlaubt sind, steht bei jedem Feld zum Hochladen. Fotos von Unterlagen sind meist als JPEG oder PDF möglich.

            ## Ich komme nicht weiter
            Schreiben Sie uns über das Kontaktformular. Wenn Sie auf eine Barriere stoßen, wählen Sie dort „Barriere melden“.
            """)
        case .privacy: return (text.privacy, "")
        case .imprint, .contact: return (text.imprint, "")
        }
    }

    @Sendable func list(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asAdmin(context) { user, csrf in try await render(user, csrf, request, context, error: nil, status: .ok) }
    }

    private func render(_ user: StaffUser, _ csrf: String, _ request: Request, _ context: PortalRequestContext, error: String?, status: HTTPResponse.Status) async throws -> Response {
        let text = Strings.for(frame.language(request))
        var entries: [AdminPagesPage.Entry] = []
        for page in Self.editable {
            let stored = try await pages.page(slug: page.rawValue)
            let (title, body) = stored.map { ($0.title, $0.body) } ?? Self.template(page, text)
            entries.append(.init(slug: page.rawValue, title: title, body: body, action: SiteRoute.adminPage(slug: page.rawValue).path, viewPath: SiteRoute.legal(page).path))
        }
        let jargon = try await pages.page(slug: Self.jargonSlug)
        entries.append(.init(
            slug: Self.jargonSlug, title: jargon?.title ?? "Amtswörter für die Schreibhinweise", body: jargon?.body ?? PublishGate.defaultJargonText,
            action: SiteRoute.adminPage(slug: Self.jargonSlug).path, viewPath: nil,
            hint: "Ein Wort je Zeile, mit „=“ die verständlichere Alternative: „gemäß = nach“. Die Redaktion sieht eine Warnung, wenn ein Feld ein solches Wort enthält."
        ))
        let shell = frame.shell(request, context: context, title: "Seiten des Portals", hasErrors: error != nil, staffName: user.displayName, staffHome: .adminPages, now: now())
        return PageFrame.response(AdminPagesPage.render(.init(shell: shell, entries: entries, csrfToken: csrf, error: error)), status: status)
    }

    @Sendable func save(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asAdmin(context) { user, csrf in
            let slug = try context.parameters.require("slug")
            guard slug == Self.jargonSlug || SiteRoute.LegalPage(rawValue: slug).map(Self.editable.contains) == true else { throw PageError(.notFound) }
            let form = context.form ?? FormValues()
            let title = (form.first("titel") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let body = (form.first("text") ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !title.isEmpty, title.count <= 200 else {
                return try await render(user, csrf, request, context, error: "Der Titel darf nicht leer und höchstens 200 Zeichen lang sein.", status: .unprocessableContent)
            }
            guard body.count <= 50_000 else {
                return try await render(user, csrf, request, context, error: "Der Text darf höchstens 50.000 Zeichen lang sein.", status: .unprocessableContent)
            }
            if slug == Self.jargonSlug, let line = PublishGate.jargonProblem(in: body) {
                return try await render(user, csrf, request, context, error: line, status: .unprocessableContent)
            }
            try await pages.save(PortalPage(slug: slug, title: title, body: body, updatedAt: now()))
            return PageFrame.redirect(SiteRoute.adminPages.path + "#seite-\(slug)")
        }
    }
}
