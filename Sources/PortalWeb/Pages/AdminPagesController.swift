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

    static let editable: [SiteRoute.LegalPage] = [.imprint, .privacy, .accessibility]

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
        let shell = frame.shell(request, context: context, title: "Seiten des Portals", hasErrors: error != nil, staffName: user.displayName, now: now())
        return PageFrame.response(AdminPagesPage.render(.init(shell: shell, entries: entries, csrfToken: csrf, error: error)), status: status)
    }

    @Sendable func save(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asAdmin(context) { user, csrf in
            let slug = try context.parameters.require("slug")
            guard let page = SiteRoute.LegalPage(rawValue: slug), Self.editable.contains(page) else { throw PageError(.notFound) }
            let form = context.form ?? FormValues()
            let title = (form.first("titel") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let body = (form.first("text") ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
            guard !title.isEmpty, title.count <= 200 else {
                return try await render(user, csrf, request, context, error: "Der Titel darf nicht leer und höchstens 200 Zeichen lang sein.", status: .unprocessableContent)
            }
            guard body.count <= 50_000 else {
                return try await render(user, csrf, request, context, error: "Der Text darf höchstens 50.000 Zeichen lang sein.", status: .unprocessableContent)
            }
            try await pages.save(PortalPage(slug: page.rawValue, title: title, body: body, updatedAt: now()))
            return PageFrame.redirect(SiteRoute.adminPages.path + "#seite-\(page.rawValue)")
        }
    }
}
