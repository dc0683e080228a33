import Foundation
import HTTPTypes
import Hummingbird
import PortalCore
import PortalViews

/// Builds what every HTML page shares: the language from the `sp_lang` cookie, the layout's links,
/// the session notice and flash message, and the response with its headers.
struct PageFrame: Sendable {
    static let languageCookie = "sp_lang"

    /// `PORTAL_NAME`, used unless an admin set another name in the settings.
    let configuredName: String
    let timeZone: TimeZone
    var authority = Authority.unnamed
    var appearance = PortalAppearance()

    init(portalName: String, timeZone: TimeZone, authority: Authority = .unnamed, appearance: PortalAppearance = PortalAppearance()) {
        self.configuredName = portalName
        self.timeZone = timeZone
        self.authority = authority
        self.appearance = appearance
    }

    var portalName: String { appearance.settings.portalName ?? configuredName }

    func language(_ request: Request) -> Language {
        request.cookies[Self.languageCookie].flatMap { Language(rawValue: $0.value) } ?? .german
    }

    func shell(
        _ request: Request, context: PortalRequestContext, title: String, serviceTitle: String? = nil,
        hasErrors: Bool = false, sessionNotice: Bool = false, staffName: String? = nil, staffHome: SiteRoute = .inbox(.init()),
        serviceContent: Bool = false, now: Date
    ) -> PageShell {
        let language = language(request)
        let here = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
        let other = Language.allCases.first { $0 != language } ?? .german
        var notice: PageShell.SessionNotice?
        var flash: String?
        var testMode: PageShell.TestMode?
        if var session = context.sessions.session {
            if let slug = context.parameters.get("slug"), session.testForms?[slug] != nil, session.staffUserID != nil,
                request.uri.path.hasPrefix(SiteRoute.formStart(slug: slug).path)
            {
                testMode = .init(endAction: SiteRoute.testEnd(slug: slug).path, csrfToken: session.csrfToken)
            }
            if sessionNotice {
                notice = PageShell.SessionNotice(
                    endsAt: clockTime(session.expiresAt), secondsLeft: max(0, Int(session.expiresAt.timeIntervalSince(now))),
                    extendAction: SiteRoute.extendSession.path, csrfToken: session.csrfToken, returnPath: request.uri.path
                )
            }
            if let message = session.flash {
                flash = message
                session.flash = nil
                _ = context.sessions.updateSession(session)
            }
        }
        var shell = PageShell(
            strings: .for(language), portalName: portalName, pageTitle: title, serviceTitle: serviceTitle, hasErrors: hasErrors,
            links: .init(
                home: SiteRoute.home.path, services: SiteRoute.home.path + "#themen",
                imprint: SiteRoute.legal(.imprint).path, privacy: SiteRoute.legal(.privacy).path,
                accessibility: SiteRoute.legal(.accessibility).path, contact: SiteRoute.legal(.contact).path,
                otherLanguage: SiteRoute.language(code: other.rawValue, returnTo: here).path,
                stylesheet: SiteRoute.stylesheet.path, script: SiteRoute.script.path
            ),
            sessionNotice: notice, flash: flash,
            staff: staffName.flatMap { name in
                context.sessions.session.map {
                    .init(
                        name: name, inboxPath: staffHome.path, homeLabel: Self.homeLabel(staffHome, language), logoutAction: SiteRoute.staffLogout.path,
                        csrfToken: $0.csrfToken, ownAccessPath: SiteRoute.staffOwnAccess.path)
                }
            }
        )
        shell.testMode = testMode
        let settings = appearance.settings
        shell.appearance = .init(
            logoPath: appearance.logoName.map { SiteRoute.portalLogo(file: $0).path },
            accentStylesheet: settings.accentColour.map { SiteRoute.accentStylesheet(file: $0.hex + ".css").path }, contactEmail: settings.contactEmail)
        shell.authority = authority
        // A service's texts and form are written by the authority in German; English visitors are told so.
        shell.germanOnlyContent = language == .english && staffName == nil && (serviceTitle != nil || serviceContent)
        shell.links.help = SiteRoute.legal(.help).path
        shell.links.account = SiteRoute.accountHome.path
        return shell
    }

    /// The staff bar's link to the user's own start page, named after it.
    static func homeLabel(_ home: SiteRoute, _ language: Language) -> String? {
        switch home {
        case .editorHome: Strings.for(language).editorialOffice
        case .reviewHome: Strings.for(language).review
        case .processingRecords: Strings.for(language).dataProtection
        case .adminPages: Strings.for(language).portalPages
        case .administration: StaffAdminText.for(language).administration
        case .staffOwnAccess: StaffAdminText.for(language).ownAccessTitle
        case .statistics: StatisticsText.for(language).heading
        case .payments: PaymentText.for(language).paymentsTitle
        default: nil
        }
    }

    /// `14:35`, `09:05` in the authority's time zone.
    func clockTime(_ date: Date) -> String {
        localParts(date).time
    }

    /// `30.11.2026`.
    func date(_ date: Date) -> String {
        localParts(date).day.german
    }

    /// `30.11.2026, 10:15`.
    func dateTime(_ date: Date) -> String {
        let parts = localParts(date)
        return parts.day.german + ", " + parts.time
    }

    /// Day and `HH:MM` by integer arithmetic on the zone's offset: the inbox writes fifty of these per
    /// page, and `Calendar` costs more than the page's query.
    private func localParts(_ date: Date) -> (day: LocalDate, time: String) {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let seconds = local - days * 86_400
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return (LocalDate(year: 1970, month: 1, day: 1)!.adding(days: days), two(seconds / 3600) + ":" + two(seconds / 60 % 60))
    }

    /// Pages may show personal data, so nothing is stored by caches on the way.
    static func response(_ html: HTML, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: html.rendered))
        )
    }

    static func redirect(_ route: SiteRoute) -> Response {
        redirect(route.path)
    }

    static func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path, .cacheControl: "no-store"])
    }
}
