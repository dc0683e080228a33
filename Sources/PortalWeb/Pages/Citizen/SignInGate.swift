import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The page shown instead of something that needs a sign-in at a trust level (a form that asks for
/// one, a case filed at one): why, what the level means, the providers that reach it, and e-mail
/// sign-in when basis is enough. It remembers where the person wanted to go; signing in returns there.
struct SignInGate: Sendable {
    let identityProviders: [any IdentityProvider]
    let frame: PageFrame
    let now: @Sendable () -> Date
    let browserSessions: BrowserSessions

    /// The sign-in buttons for the providers that can vouch for `level`.
    func buttons(_ language: Language, reaching level: TrustLevel, primary: Bool = false) -> [PostButton] {
        let text = IdentityText.for(language)
        return identityProviders.filter { $0.highestTrustLevel >= level }.map {
            PostButton(label: text.loginWith($0.displayName), action: SiteRoute.accountExternalStart(provider: $0.name).path, secondary: !primary)
        }
    }

    /// `reason` is the first paragraph; `current` the level of the present sign-in, nil without one.
    func page(
        _ request: Request, _ context: PortalRequestContext, minimum: TrustLevel, reason: String, current: TrustLevel?,
        returnTo: String, serviceTitle: String?, back: (text: String, path: String), status: HTTPResponse.Status
    ) -> Response {
        var session = context.sessions.session ?? browserSessions.new()
        session.afterLogin = returnTo
        if !context.sessions.updateSession(session) {
            browserSessions.start(session, context)
        }
        let language = frame.language(request)
        let text = IdentityText.for(language)
        var paragraphs = [reason]
        if let current { paragraphs.append(text.gateTooLow(current.label(language))) }
        let buttons = buttons(language, reaching: minimum, primary: true)
        var links: [(text: String, path: String)] = []
        if minimum == .basic, current == nil {
            links = [(text.gatePasswordLogin, SiteRoute.accountLogin.path), (text.gateRegister, SiteRoute.accountRegister.path)]
        }
        if buttons.isEmpty && links.isEmpty { paragraphs.append(text.gateNoProvider) }
        var model = PlainPage.Model(
            shell: frame.shell(request, context: context, title: text.gateHeading, serviceTitle: serviceTitle, now: now()),
            heading: text.gateHeading, paragraphs: paragraphs, link: nil
        )
        model.buttons = buttons
        model.csrfToken = session.csrfToken
        model.links = links + [back]
        return PageFrame.response(PlainPage.render(model), status: status)
    }
}
