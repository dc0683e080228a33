import PortalCore

/// What every page around its content needs: texts, title parts, links, notices.
public struct PageShell: Sendable {
    public struct Links: Sendable {
        public var home: String
        public var services: String
        public var imprint: String
        public var privacy: String
        public var accessibility: String
        public var contact: String
        public var help = "/hilfe"
        public var account = "/konto"
        public var easyLanguage = "/leichte-sprache"
        public var signLanguage = "/gebaerdensprache"
        public var feedback = "/rueckmeldung"
        public var openData = "/opendata"
        /// Switches to the other language and comes back to this page.
        public var otherLanguage: String
        public var stylesheet: String
        public var script: String

        public init(
            home: String, services: String, imprint: String, privacy: String, accessibility: String, contact: String, otherLanguage: String, stylesheet: String,
            script: String
        ) {
            self.home = home
            self.services = services
            self.imprint = imprint
            self.privacy = privacy
            self.accessibility = accessibility
            self.contact = contact
            self.otherLanguage = otherLanguage
            self.stylesheet = stylesheet
            self.script = script
        }
    }

    /// The idle timeout warning with its extend button (WCAG 2.2.1).
    public struct SessionNotice: Sendable {
        /// How long before the end the warning shows (GOV.UK warns two minutes before; five leave time to finish a step).
        public static let warningSeconds = 300

        /// Local time of expiry, `14:35`.
        public var endsAt: String
        /// Seconds until expiry, for the optional script that warns shortly before.
        public var secondsLeft: Int
        public var extendAction: String
        public var csrfToken: String
        public var returnPath: String

        public init(endsAt: String, secondsLeft: Int, extendAction: String, csrfToken: String, returnPath: String) {
            self.endsAt = endsAt
            self.secondsLeft = secondsLeft
            self.extendAction = extendAction
            self.csrfToken = csrfToken
            self.returnPath = returnPath
        }
    }

    /// Staff filling a form in test mode see this on every page of the form.
    public struct TestMode: Sendable {
        public var endAction: String
        public var csrfToken: String

        public init(endAction: String, csrfToken: String) {
            self.endAction = endAction
            self.csrfToken = csrfToken
        }
    }

    /// The signed-in staff member, shown with a logout button on back-office pages.
    public struct StaffBar: Sendable {
        public var name: String
        public var inboxPath: String
        /// What the home link says: "Posteingang", "Redaktion", "Prüfung" …
        public var homeLabel: String?
        public var logoutAction: String
        public var csrfToken: String
        /// The staff member's own access page (password, second factor).
        public var ownAccessPath: String?

        public init(name: String, inboxPath: String, homeLabel: String? = nil, logoutAction: String, csrfToken: String, ownAccessPath: String? = nil) {
            self.ownAccessPath = ownAccessPath
            self.name = name
            self.inboxPath = inboxPath
            self.homeLabel = homeLabel
            self.logoutAction = logoutAction
            self.csrfToken = csrfToken
        }
    }

    public var strings: Strings
    public var portalName: String
    public var staff: StaffBar?
    /// The page's own title; the service title and portal name follow it in `<title>`.
    public var pageTitle: String
    public var serviceTitle: String?
    public var hasErrors: Bool
    public var links: Links
    public var sessionNotice: SessionNotice?
    /// A one-time status message ("Ihre Sitzung wurde verlängert."), announced politely.
    public var flash: String?
    /// A standing warning about the page's object ("Dieser Entwurf ist freigegeben …").
    public var warning: String?
    /// An English page around a service's German texts says so at the top.
    public var germanOnlyContent = false
    /// Who runs the portal, for header and footer; empty name when not configured.
    public var authority = Authority.unnamed
    public var testMode: TestMode?
    /// The authority's look from the admins' settings: logo, accent colour, contact address.
    public var appearance = Appearance()

    public struct Appearance: Sendable {
        /// `/logo/….png`; the image is decorative, the portal's name beside it says the same.
        public var logoPath: String?
        /// `/darstellung/….css`, setting the accent colour after the main stylesheet.
        public var accentStylesheet: String?
        public var contactEmail: String?

        public init(logoPath: String? = nil, accentStylesheet: String? = nil, contactEmail: String? = nil) {
            self.logoPath = logoPath
            self.accentStylesheet = accentStylesheet
            self.contactEmail = contactEmail
        }
    }

    public init(
        strings: Strings, portalName: String, pageTitle: String, serviceTitle: String? = nil, hasErrors: Bool = false,
        links: Links, sessionNotice: SessionNotice? = nil, flash: String? = nil, staff: StaffBar? = nil
    ) {
        self.strings = strings
        self.staff = staff
        self.portalName = portalName
        self.pageTitle = pageTitle
        self.serviceTitle = serviceTitle
        self.hasErrors = hasErrors
        self.links = links
        self.sessionNotice = sessionNotice
        self.flash = flash
    }

    /// "Seite – Leistung – Portalname", with "Fehler: " in front when the page shows errors.
    public var documentTitle: String {
        let parts = [pageTitle, serviceTitle, portalName].compactMap { $0 }.filter { !$0.isEmpty }
        var seen: [String] = []
        for part in parts where !seen.contains(part) { seen.append(part) }
        return (hasErrors ? strings.errorTitlePrefix : "") + seen.joined(separator: " – ")
    }
}
