import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// Anonymous ratings (issue 17): the feedback page of the footer and the form on every
/// confirmation page post here. The rating is stored without anything about the person; the
/// session only carries the CSRF token, as on every form.
struct FeedbackController: Sendable {
    let catalog: any CatalogStore
    let feedback: any FeedbackStore
    let frame: PageFrame
    let now: @Sendable () -> Date
    let throttle: Throttle
    let browserSessions: BrowserSessions

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.feedback.pattern, use: show)
        router.post(SiteRoute.feedback.pattern, use: send)
    }

    /// The service named by `leistung`, if any; a name that is no published service is refused.
    private func service(_ slug: String?) async throws -> Service? {
        guard let slug = slug?.trimmingCharacters(in: .whitespaces), !slug.isEmpty else { return nil }
        guard slug.count <= 200, let service = try await catalog.service(slug: slug), service.isPublished else { throw PageError(.notFound) }
        return service
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        let service = try await service(parameters.get("leistung"))
        var form = form(request, context, service: service, page: service == nil ? .portal : .service)
        form.withHeading = false
        return render(request, context, service: service, form: form, thanked: parameters.get("gesendet") == "ja", status: .ok)
    }

    @Sendable func send(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let posted = context.form ?? FormValues()
        if let unknown = posted.names.subtracting(["_csrf", "sterne", "kommentar", "leistung", "seite"]).sorted().first {
            throw PageError(.unknownField(String(unknown.prefix(60))))
        }
        let service = try await service(posted.first("leistung"))
        guard let page = Rating.Page(rawValue: posted.first("seite") ?? Rating.Page.portal.rawValue) else { throw PageError(.malformedForm) }
        let comment = posted.text("kommentar", max: Rating.maximumCommentLength * 4)
        switch Rating.parse(stars: posted.first("sterne"), comment: comment) {
        case .failure(let problem):
            var form = form(request, context, service: service, page: page)
            form.chosenStars = posted.first("sterne")
            form.comment = comment
            form.problem = problem
            return render(request, context, service: service, form: form, thanked: false, status: .unprocessableContent)
        case .success(let rating):
            if try await !throttle.take([(throttle.limits.feedbackPerClient, context.clientAddress)]) {
                throw PageError(.tooManyRequests(FeedbackText.for(frame.language(request)).tooMany))
            }
            try await feedback.save(Rating(serviceID: service?.id, page: page, stars: rating.stars, comment: rating.comment, givenAt: now()))
            var thanks = SiteRoute.feedback.path + "?gesendet=ja"
            if let service { thanks += "&leistung=" + service.slug }
            return PageFrame.redirect(thanks)
        }
    }

    private func form(_ request: Request, _ context: PortalRequestContext, service: Service?, page: Rating.Page) -> FeedbackForm {
        FeedbackForm(
            action: SiteRoute.feedback.path, csrfToken: browserSessions.current(context).csrfToken, language: frame.language(request),
            serviceSlug: service?.slug, page: page)
    }

    private func render(
        _ request: Request, _ context: PortalRequestContext, service: Service?, form: FeedbackForm, thanked: Bool, status: HTTPResponse.Status
    ) -> Response {
        let language = frame.language(request)
        let words = FeedbackText.for(language)
        let heading = service.map { words.serviceHeading($0.title(language)) } ?? words.heading
        let shell = frame.shell(request, context: context, title: heading, hasErrors: form.problem != nil, now: now())
        var model = FeedbackPage.Model(shell: shell, heading: heading, form: form, homePath: SiteRoute.home.path)
        model.isThanked = thanked
        return PageFrame.response(FeedbackPage.render(model), status: status)
    }
}
