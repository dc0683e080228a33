import PortalCore
import PortalViews

extension PageShell {
    public static let mockLinks = Links(
        home: "/", services: "/#themen", imprint: "/impressum", privacy: "/datenschutz", accessibility: "/barrierefreiheit",
        contact: "/kontakt", otherLanguage: "/sprache/en?zurueck=/", stylesheet: "/assets/portal.css", script: "/assets/portal.js"
    )

    /// A citizen page's frame: optional service title, error state and session notice.
    public static func mock(_ title: String, service: String? = nil, errors: Bool = false, notice: Bool = false, language: Language = .german) -> PageShell {
        var shell = PageShell(
            strings: .for(language), portalName: "Serviceportal Landkreis Musterstadt", pageTitle: title, serviceTitle: service, hasErrors: errors,
            links: mockLinks,
            sessionNotice: notice ? .init(endsAt: "10:45", secondsLeft: 1800, extendAction: "/sitzung/verlaengern", csrfToken: "TOKEN", returnPath: "/x") : nil
        )
        shell.authority = Authority.demo
        shell.germanOnlyContent = language == .english && service != nil
        return shell
    }

    /// A back-office page's frame with the signed-in staff member.
    public static func mockStaff(_ title: String, errors: Bool = false) -> PageShell {
        var shell = mock(title, errors: errors)
        shell.staff = .init(
            name: "Anna Schäfer", inboxPath: "/intern/eingang", logoutAction: "/intern/abmelden", csrfToken: "TOKEN", ownAccessPath: "/intern/zugang")
        return shell
    }
}
