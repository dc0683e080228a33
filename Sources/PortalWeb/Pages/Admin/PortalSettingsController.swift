import Foundation
import Hummingbird
import NIOCore
import PortalCore
import PortalViews

/// The admins' settings of the portal's look under `/intern/verwaltung/einstellungen`, and the two
/// addresses that serve it: the logo and the accent colour's stylesheet. A refused value changes
/// nothing; a saved change is audited and shows on the next page.
struct PortalSettingsController: Sendable {
    let store: any PortalSettingsStore
    let appearance: PortalAppearance
    let audit: any AuditTrail
    let access: StaffAccess
    let frame: PageFrame
    let now: @Sendable () -> Date
    let ids: IDGenerator
    let publicBaseURL: String?

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.adminSettings.pattern, use: show)
        router.post(SiteRoute.adminSettings.pattern, use: save)
        router.get(SiteRoute.portalLogo(file: "").pattern, use: logo)
        router.get(SiteRoute.accentStylesheet(file: "").pattern, use: stylesheet)
    }

    /// What the admin typed, shown again with the problems when something was refused.
    private struct Entry {
        var name = ""
        var colour = ""
        var contact = ""
        var problems: [PortalSettings.Problem] = []
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            let settings = try await store.settings()
            let entry = Entry(name: settings.portalName ?? "", colour: settings.accentColour.map { "#" + $0.hex } ?? "", contact: settings.contactEmail ?? "")
            return render(request, context, admin, csrf: csrf, entry: entry, settings: settings, status: .ok)
        }
    }

    private func render(
        _ request: Request, _ context: PortalRequestContext, _ admin: StaffUser, csrf: String, entry: Entry, settings: PortalSettings,
        status: HTTPResponse.Status
    ) -> Response {
        let words = PortalSettingsText.for(frame.language(request))
        let shell = frame.shell(
            request, context: context, title: words.title, hasErrors: !entry.problems.isEmpty, staffName: admin.displayName,
            staffHome: StaffAccess.startPage(for: admin), now: now())
        var model = PortalSettingsPage.Model(
            shell: shell, action: SiteRoute.adminSettings.path, csrfToken: csrf, configuredName: frame.configuredName, name: entry.name,
            colour: entry.colour, contactEmail: entry.contact,
            logoPath: settings.logo != nil ? appearance.logoName.map { SiteRoute.portalLogo(file: $0).path } : nil,
            baseURL: publicBaseURL)
        for problem in entry.problems {
            let message = words.problem(problem)
            switch problem {
            case .nameTooLong: model.nameError = message
            case .emailInvalid: model.contactError = message
            case .colourInvalid, .colourTooLight: model.colourError = message
            case .logo: model.logoError = message
            }
        }
        return PageFrame.response(PortalSettingsPage.render(model), status: status)
    }

    @Sendable func save(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.admin]) { admin, csrf in
            let form = context.form ?? FormValues()
            let stored = try await store.settings()
            var entry = Entry(name: form.text("name", max: 300), colour: form.text("farbe", max: 50), contact: form.text("kontakt", max: 300))
            entry.problems = PortalSettings.check(name: entry.name, email: entry.contact, colour: entry.colour)
            var logo = form.first("logo-entfernen") == "ja" ? nil : stored.logo
            if let file = context.files.first(where: { $0.field == "logo" && ($0.size > 0 || !$0.name.isEmpty) }) {
                switch try Self.logo(from: file) {
                case .success(let accepted): logo = accepted
                case .failure(let problem): entry.problems.append(.logo(problem))
                }
            }
            guard entry.problems.isEmpty else {
                return render(request, context, admin, csrf: csrf, entry: entry, settings: stored, status: .unprocessableContent)
            }
            let settings = PortalSettings(
                portalName: entry.name.isEmpty ? nil : entry.name, contactEmail: entry.contact.isEmpty ? nil : entry.contact,
                accentColour: AccentColour(entry.colour), logo: logo, updatedAt: now())
            var unchanged = stored
            unchanged.updatedAt = settings.updatedAt
            if unchanged != settings {
                try await store.save(settings)
                try await audit.record(AuditEvent(id: ids(), actor: AuditEvent.staff(admin.id), action: .portalSettingsChanged, target: "settings", at: now()))
                appearance.use(settings, readAt: now())
            }
            context.flash(PortalSettingsText.for(frame.language(request)).saved)
            return PageFrame.redirect(.adminSettings)
        }
    }

    /// The uploaded file as a logo: judged by its content, an SVG by `SVGLogoCheck`.
    static func logo(from file: IncomingFile) throws -> Result<PortalLogo, PortalLogo.Problem> {
        guard !file.isTruncated, file.size <= PortalLogo.maxBytes else { return .failure(.tooLarge) }
        let bytes = Array(try Data(contentsOf: file.location))
        switch PortalLogo.kind(of: bytes) {
        case .failure(let problem): return .failure(problem)
        case .success(.svg):
            if let problem = SVGLogoCheck.check(bytes) { return .failure(problem) }
            return .success(PortalLogo(mediaType: .svg, bytes: bytes))
        case .success(.png): return .success(PortalLogo(mediaType: .png, bytes: bytes))
        }
    }

    // MARK: Serving the look

    @Sendable func logo(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let file = try context.parameters.require("file")
        guard file == appearance.logoName, let logo = appearance.settings.logo else { throw PageError(.notFound) }
        return Response(
            status: .ok,
            headers: [
                .contentType: logo.mediaType.rawValue, .cacheControl: "public, max-age=31536000, immutable",
                // An SVG opened on its own is a document: it may draw with its own styles and do nothing else.
                .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; sandbox",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: logo.bytes)))
    }

    @Sendable func stylesheet(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let file = try context.parameters.require("file")
        guard file.hasSuffix(".css"), let colour = AccentColour(String(file.dropLast(4))), colour.hex + ".css" == file else {
            throw PageError(.notFound)
        }
        return Response(
            status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=31536000, immutable"],
            body: .init(byteBuffer: ByteBuffer(string: ":root { --brand: #\(colour.hex); }\n")))
    }
}
