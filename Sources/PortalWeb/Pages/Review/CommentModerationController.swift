import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// Comments given with ratings (issue 17): staff with the statistics role see those about their
/// units' services, admins all (the portal's own included); either may publish a comment in the
/// open data or hide it again.
struct CommentModerationController: Sendable {
    let catalog: any CatalogStore
    let feedback: any FeedbackStore
    let access: StaffAccess
    let frame: PageFrame
    let now: @Sendable () -> Date

    static let roles: Set<StaffRole> = [.statistics, .admin]
    static let pageLimit = 300

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.ratingComments.pattern, use: list)
        router.post(SiteRoute.ratingComment(id: "").pattern, use: moderate)
    }

    /// The services whose comments `user` sees; nil: all (admins).
    private func services(of user: StaffUser) async throws -> [Service.ID: Service]? {
        let services = try await catalog.services(of: user.orgUnitIDs)
        return user.roles.contains(.admin) ? nil : Dictionary(services.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Sendable func list(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: Self.roles) { user, _ in
            let language = frame.language(request)
            let words = FeedbackText.for(language)
            let visible = try await services(of: user)
            var titles: [Service.ID: String] = [:]
            for service in try await catalog.publishedServices() { titles[service.id] = service.title }
            let comments = try await feedback.comments(about: visible.map { Set($0.keys) }, limit: Self.pageLimit)
            let rows = comments.map { comment in
                RatingCommentsPage.Row(
                    when: frame.dateTime(comment.givenAt),
                    about: comment.serviceID.map { titles[$0] ?? visible?[$0]?.title ?? $0.description } ?? words.portalWide,
                    stars: words.stars(comment.stars), text: comment.text, state: comment.state,
                    action: SiteRoute.ratingComment(id: "\(comment.id)").path)
            }
            let shell = frame.shell(
                request, context: context, title: words.commentsHeading, staffName: user.displayName, staffHome: .statistics, now: now())
            return PageFrame.response(
                RatingCommentsPage.render(.init(shell: shell, rows: rows, csrfToken: context.sessions.session?.csrfToken ?? "")))
        }
    }

    @Sendable func moderate(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: Self.roles) { user, _ in
            guard let id = Int64(try context.parameters.require("id")), let comment = try await feedback.comment(id: id) else { throw PageError(.notFound) }
            // Another unit's comment (or the portal's own, for statistics staff) is not there for this user.
            if let visible = try await services(of: user), comment.serviceID.map({ visible[$0] == nil }) ?? true { throw PageError(.notFound) }
            guard let action = try (context.form ?? FormValues()).action(CommentAction.self) else { throw PageError(.unknownAction) }
            try await feedback.moderate(comment: id, publish: action == .publish, at: now())
            let words = FeedbackText.for(frame.language(request))
            context.flash(action == .publish ? words.published : words.hidden)
            return PageFrame.redirect(SiteRoute.ratingComments.path)
        }
    }
}
