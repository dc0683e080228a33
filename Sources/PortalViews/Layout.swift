/// The one page frame: language, title, skip link, landmarks, footer links, notices.
public enum Layout {
    public static func render(_ shell: PageShell, main: HTML) -> HTML {
        let text = shell.strings
        let links = shell.links
        let lang = shell.strings.language.rawValue
        let otherLang = Strings.for(shell.strings.language).de
        return """
            <!DOCTYPE html>
            <html lang="\(lang)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(shell.documentTitle)</title>
            <link rel="stylesheet" href="\(links.stylesheet)">
            \(shell.appearance.accentStylesheet.map { path -> HTML in "<link rel=\"stylesheet\" href=\"\(path)\">\n" } ?? .empty)\
            <script src="\(links.script)" defer></script>
            </head>
            <body>
            <a class="skip-link" href="#inhalt">\(text.skipLink)</a>
            <header class="site-header">
            <div class="wrapper header-row">
            <a class="portal-name" href="\(shell.staff?.inboxPath ?? links.home)">\(logo(shell))\(shell.portalName)\(authorityLine(shell))</a>
            <nav aria-label="\(shell.staff == nil ? text.servicesNav : text.staffNav)">
            <ul class="header-links">
            \(headerLinks(shell))
            <li><a href="\(links.otherLanguage)" lang="\(otherLang)" hreflang="\(otherLang)" title="\(text.otherLanguageHint)">\(text.otherLanguageName)</a></li>
            </ul>
            </nav>
            </div>
            </header>
            \(staffBar(shell))
            \(sessionNotice(shell))\(testMode(shell))
            <main id="inhalt" class="wrapper" tabindex="-1">
            \(flash(shell))\(notices(shell))
            \(main)
            </main>
            <footer class="site-footer">
            <div class="wrapper">
            <ul class="footer-links">
            <li><a href="\(links.imprint)">\(text.imprint)</a></li>
            <li><a href="\(links.privacy)">\(text.privacy)</a></li>
            <li><a href="\(links.accessibility)">\(text.accessibility)</a></li>
            <li><a href="\(links.help)">\(text.help)</a></li>
            <li><a href="\(links.contact)">\(text.contact)</a></li>
            <li><a href="\(links.easyLanguage)">\(text.easyLanguage)</a></li>
            <li><a href="\(links.signLanguage)">\(text.signLanguage)</a></li>
            <li><a href="\(links.feedback)">\(text.feedback)</a></li>
            <li><a href="\(links.openData)">\(OpenDataText.for(text.language).footerLink)</a></li>
            </ul>
            \(shell.authority.name.isEmpty ? HTML.empty : "<p>\(shell.authority.name)\(shell.authority.address.isEmpty ? "" : " · \(shell.authority.address)")</p>\n")<p>\(shell.portalName) – \(text.footerNote)</p>
            \(contact(shell))\
            </div>
            </footer>
            </body>
            </html>

            """
    }

    static func logo(_ shell: PageShell) -> HTML {
        shell.appearance.logoPath.map { path -> HTML in "<img class=\"portal-logo\" src=\"\(path)\" alt=\"\">" } ?? .empty
    }

    static func contact(_ shell: PageShell) -> HTML {
        guard let email = shell.appearance.contactEmail else { return .empty }
        return "<p>\(shell.strings.portalContact) <a href=\"mailto:\(email)\">\(email)</a></p>\n"
    }

    static func authorityLine(_ shell: PageShell) -> HTML {
        shell.authority.name.isEmpty ? .empty : "<span class=\"authority-name\">\(shell.authority.name)</span>"
    }

    /// Citizens get the catalogue and their account; staff get their own start page and the
    /// public site, never a citizen's account link.
    static func headerLinks(_ shell: PageShell) -> HTML {
        let text = shell.strings
        guard let staff = shell.staff else {
            return """
                <li><a href="\(shell.links.services)">\(text.servicesNav)</a></li>
                <li><a href="\(shell.links.account)">\(text.accountNav)</a></li>
                """
        }
        return """
            <li><a href="\(staff.inboxPath)">\(staff.homeLabel ?? text.inboxTitle)</a></li>
            <li><a href="\(shell.links.home)">\(text.publicSite)</a></li>
            """
    }

    static func staffBar(_ shell: PageShell) -> HTML {
        guard let staff = shell.staff else { return .empty }
        return """
            <div class="staff-bar">
            <div class="wrapper inline-form">
            <p>\(shell.strings.signedInAs(staff.name)) · <a href="\(staff.inboxPath)">\(staff.homeLabel ?? shell.strings.inboxTitle)</a>\(ownAccess(shell))</p>
            \(PostForm(action: staff.logoutAction, csrfToken: staff.csrfToken,
                   content: "<button type=\"submit\" class=\"button button-secondary\">\(shell.strings.logout)</button>"))
            </div>
            </div>
            """
    }

    static func ownAccess(_ shell: PageShell) -> HTML {
        guard let path = shell.staff?.ownAccessPath else { return .empty }
        return " · <a href=\"\(path)\">\(StaffAdminText.for(shell.strings.language).ownAccessTitle)</a>"
    }

    static func testMode(_ shell: PageShell) -> HTML {
        guard let test = shell.testMode else { return .empty }
        return """
            <div class="test-banner">
            <div class="wrapper inline-form">
            <p><strong>\(shell.strings.testModeNotice)</strong></p>
            \(PostForm(action: test.endAction, csrfToken: test.csrfToken,
                   content: "<button type=\"submit\" class=\"button button-secondary\">\(shell.strings.endTestMode)</button>"))
            </div>
            </div>
            """
    }

    static func flash(_ shell: PageShell) -> HTML {
        guard let message = shell.flash else { return .empty }
        return "<div class=\"notice notice-success\" role=\"status\"><p>\(message)</p></div>"
    }

    /// Standing notices: a warning about the page's object, and the German-only content of a service.
    static func notices(_ shell: PageShell) -> HTML {
        let warning: HTML = shell.warning.map { warning -> HTML in "<div class=\"notice\"><p>\(warning)</p></div>" } ?? .empty
        let language: HTML = shell.germanOnlyContent ? "<p class=\"notice\">\(shell.strings.germanOnlyContent)</p>" : .empty
        return "\(warning)\(language)"
    }

    static func sessionNotice(_ shell: PageShell) -> HTML {
        guard let notice = shell.sessionNotice else { return .empty }
        // Like GOV.UK: the warning that answers will be lost comes only in the last minutes. Until
        // then a calm line says when the session ends; the script hides it and shows the warning
        // in time, without script it stays so the end time is known (WCAG 2.2.1).
        let urgent = notice.secondsLeft <= PageShell.SessionNotice.warningSeconds
        let urgentText = shell.strings.sessionEnds(notice.endsAt)
        return """
            <div class="\(urgent ? "session-notice is-urgent" : "session-notice")" data-seconds-left="\(notice.secondsLeft)" data-warning="\(urgentText)"\(attribute: "role", urgent ? "alert" : nil)>
            <div class="wrapper">
            \(PostForm(action: notice.extendAction, csrfToken: notice.csrfToken, hidden: [("zurueck", notice.returnPath)], class: "inline-form", content: """
            <p class="session-notice-text">\(urgent ? urgentText : shell.strings.sessionRunsUntil(notice.endsAt))</p>
            <button type="submit" class="button button-secondary">\(shell.strings.extendSession)</button>
            """))
            </div>
            </div>
            """
    }
}
