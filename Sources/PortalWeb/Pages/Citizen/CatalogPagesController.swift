import Foundation
import Hummingbird
import PortalCore
import PortalViews
import Synchronization

/// The public pages around the catalogue: start page with search, service pages, legal pages
/// and the language switch.
struct CatalogPagesController: Sendable {
    let catalog: any CatalogStore
    let forms: PublishedForms
    let submissions: any SubmissionStore
    let staff: any StaffStore
    let pages: any PortalPageStore
    let frame: PageFrame
    let now: @Sendable () -> Date
    let secureCookies: Bool
    let uploads: UploadIntake
    let mostUsed = MostUsedServices()

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.home.pattern, use: home)
        router.get(SiteRoute.service(slug: "").pattern, use: service)
        router.get(SiteRoute.servicePrivacy(slug: "").pattern, use: servicePrivacy)
        // The contact page is a form (ContactController).
        for page in SiteRoute.LegalPage.allCases where page != .contact {
            router.get(SiteRoute.legal(page).pattern) { request, context in try await legal(page, request, context) }
        }
        router.get(SiteRoute.language(code: "", returnTo: "").pattern, use: switchLanguage)
        router.get(SiteRoute.signLanguageMedia(id: "", file: "").pattern, use: signLanguageMedia)
    }

    /// A sign language video or its captions, with byte ranges for seeking.
    @Sendable func signLanguageMedia(_ request: Request, context: PortalRequestContext) async throws -> Response {
        guard let id = context.parameters.get("id").flatMap(SignLanguageVideo.ID.init(string:)),
            let video = try await pages.signLanguageVideo(id: id)
        else { throw PageError(.notFound) }
        let file: UploadedFile
        switch context.parameters.get("file") {
        case "video.mp4": file = video.video
        case "untertitel.vtt": file = video.captions
        default: throw PageError(.notFound)
        }
        return uploads.inline(file, rangeHeader: request.headers[.range])
    }

    @Sendable func home(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let services = try await forms.services()
        let query = request.uri.queryParameters.get("q").map { String($0.prefix(200)).trimmingCharacters(in: .whitespaces) }
        let language = frame.language(request)
        let link = { (service: Service) in
            HomePage.ServiceLink(title: service.title(language), summary: service.summary(language), path: SiteRoute.service(slug: service.slug).path)
        }
        let results = query.map { query in services.filter { Self.matches($0, query) }.map(link) } ?? []
        let counts = try await mostUsed.counts(submissions: submissions, now: now())
        let popular = services.sorted { (counts[$0.id] ?? 0, $1.title) > (counts[$1.id] ?? 0, $0.title) }.prefix(5).map(link)
        let categories = Dictionary(grouping: services, by: \.category).sorted { $0.key < $1.key }.map {
            HomePage.Category(name: $0.key, services: $0.value.map(link))
        }
        let text = Strings.for(frame.language(request))
        let title = query.map { text.resultsFor($0) } ?? text.searchLabel
        let shell = frame.shell(request, context: context, title: query == nil ? "Startseite" : title, now: now())
        return PageFrame.response(
            HomePage.render(
                .init(
                    shell: shell, searchAction: SiteRoute.home.path, query: query, results: results, mostUsed: Array(popular), categories: categories
                )))
    }

    @Sendable func service(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard var service = try await catalog.service(slug: slug), service.isPublished else { throw PageError(.notFound) }
        let hasForm = try await catalog.currentFormVersion(of: service.id) != nil
        let office = try await staff.orgUnit(id: service.orgUnitID)?.name ?? service.contact.name
        // The English page shows the English title and summary where the editors gave them.
        let language = frame.language(request)
        (service.title, service.summary) = (service.title(language), service.summary(language))
        let shell = frame.shell(request, context: context, title: service.title, serviceContent: true, now: now())
        var model = ServicePage.Model(
            shell: shell, service: service, responsibleOffice: office,
            startPath: hasForm ? SiteRoute.formStart(slug: slug).path : nil,
            privacyPath: SiteRoute.servicePrivacy(slug: slug).path
        )
        model.contactPath = SiteRoute.serviceContact(slug: slug).path
        return PageFrame.response(ServicePage.render(model))
    }

    @Sendable func servicePrivacy(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let slug = try context.parameters.require("slug")
        guard let service = try await catalog.service(slug: slug), service.isPublished else { throw PageError(.notFound) }
        let text = Strings.for(frame.language(request))
        let shell = frame.shell(request, context: context, title: text.privacyOfService, serviceTitle: service.title, now: now())
        // `?fassung=N` shows an earlier version, the text a submission was answered under.
        var statement = service.privacy
        if let asked = request.uri.queryParameters.get("fassung") {
            guard let number = Int(asked), number != statement?.version else {
                if Int(asked) == nil { throw PageError(.notFound) }
                return PageFrame.redirect(SiteRoute.servicePrivacy(slug: slug).path)
            }
            guard let earlier = try await catalog.privacyStatement(of: service.id, version: number) else { throw PageError(.notFound) }
            statement = earlier
        }
        return PageFrame.response(
            ServicePrivacyPage.render(
                .init(
                    shell: shell, heading: text.privacyOfService, statement: statement,
                    updatedOn: statement.map { LocalDate($0.updatedAt, in: frame.timeZone).german } ?? "",
                    backPath: SiteRoute.service(slug: slug).path
                )))
    }

    func legal(_ page: SiteRoute.LegalPage, _ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let text = Strings.for(frame.language(request))
        if page == .signLanguage { return try await signLanguage(request, context) }
        if let stored = try await pages.page(slug: page.rawValue) {
            let shell = frame.shell(request, context: context, title: stored.title, now: now())
            // The accessibility statement always offers the feedback form for reporting barriers.
            let feedback: HTML =
                page == .accessibility
                ? "\n<p><a href=\"\(SiteRoute.legal(.contact).path)\">\(ContactMessage.Category.accessibility.label(text.language))</a></p>" : .empty
            return PageFrame.response(
                Layout.render(
                    shell,
                    main: """
                        <h1>\(stored.title)</h1>
                        \(SimpleText.render(stored.body))\(feedback)
                        """))
        }
        let heading =
            switch page {
            case .imprint: text.imprint
            case .privacy: text.privacy
            case .accessibility: text.accessibility
            case .contact: text.contact
            case .help: text.help
            case .easyLanguage: text.easyLanguage
            case .signLanguage: text.signLanguage
            }
        if page == .help || page == .easyLanguage {
            // Until the admins write their own, the portal's built-in answers help.
            let (title, body) = AdminPagesController.template(page, text)
            let shell = frame.shell(request, context: context, title: title, now: now())
            return PageFrame.response(
                Layout.render(
                    shell,
                    main: """
                        <h1>\(title)</h1>
                        \(SimpleText.render(body))
                        """))
        }
        let shell = frame.shell(request, context: context, title: heading, now: now())
        return PageFrame.response(PlainPage.render(.init(shell: shell, heading: heading, paragraphs: [text.placeholderText])))
    }

    /// The sign language page: the admins' introduction (or the built-in one) and the videos.
    func signLanguage(_ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let text = Strings.for(frame.language(request))
        let (title, introduction) =
            try await pages.page(slug: SiteRoute.LegalPage.signLanguage.rawValue).map { ($0.title, $0.body) }
            ?? AdminPagesController.template(.signLanguage, text)
        let videos = try await pages.signLanguageVideos().map { video in
            SignLanguagePage.Video(
                title: video.title, transcript: video.transcript,
                videoPath: SiteRoute.signLanguageMedia(id: video.id.description, file: "video.mp4").path,
                captionsPath: SiteRoute.signLanguageMedia(id: video.id.description, file: "untertitel.vtt").path)
        }
        let shell = frame.shell(request, context: context, title: title, now: now())
        return PageFrame.response(SignLanguagePage.render(.init(shell: shell, title: title, introduction: introduction, videos: videos)))
    }

    /// Remembers the language in a cookie (no server state) and returns to the page.
    @Sendable func switchLanguage(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let code = try context.parameters.require("code")
        guard let language = Language(rawValue: code) else { throw PageError(.notFound) }
        var response = PageFrame.redirect(SiteRoute.safeReturnPath(request.uri.queryParameters.get("zurueck")) ?? SiteRoute.home.path)
        response.setCookie(
            Cookie(
                name: PageFrame.languageCookie, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                secure: secureCookies, httpOnly: true, sameSite: .lax
            ))
        return response
    }

    /// Case- and accent-insensitive match of every word of the query in title, summary or description.
    static func matches(_ service: Service, _ query: String) -> Bool {
        let words = SearchText.fold(query).split(separator: " ")
        guard !words.isEmpty else { return true }
        let haystack = SearchText.fold(service.title + " " + service.summary + " " + service.description + " " + service.category)
        return words.allSatisfy { haystack.contains($0) }
    }
}

/// Submission counts per service over the last 90 days, recounted every five minutes.
final class MostUsedServices: Sendable {
    private let cached = Mutex<(counts: [Service.ID: Int], at: Date)?>(nil)

    func counts(submissions: any SubmissionStore, now: Date) async throws -> [Service.ID: Int] {
        if let hit = cached.withLock({ $0 }), now.timeIntervalSince(hit.at) < 300, now >= hit.at { return hit.counts }
        let counts = try await submissions.counts(since: now.addingTimeInterval(-90 * 86400))
        cached.withLock { $0 = (counts, now) }
        return counts
    }
}
