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
    let uploads: UploadIntake
    let ids: IDGenerator

    static let editable: [SiteRoute.LegalPage] = [.help, .imprint, .privacy, .accessibility, .easyLanguage, .signLanguage]

    static let videoField = FormField(
        key: "video", kind: .file, label: "Video", constraints: .init(maxFileBytes: 50 * 1024 * 1024, maxFiles: 1, mediaTypes: ["video/mp4"]))
    static let captionsField = FormField(
        key: "untertitel", kind: .file, label: "Untertitel", constraints: .init(maxFileBytes: 1024 * 1024, maxFiles: 1, mediaTypes: ["text/vtt"]))
    /// Not a page but the list of office words the builder warns about, kept like a page.
    static let jargonSlug = "fachwoerter"

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.adminPages.pattern, use: list)
        router.post(SiteRoute.adminPage(slug: "").pattern, use: save)
        router.post(SiteRoute.adminSignLanguageVideos.pattern, use: addVideo)
        router.post(SiteRoute.adminSignLanguageVideoRemove(id: "").pattern, use: removeVideo)
    }

    private func asAdmin(_ context: PortalRequestContext, _ page: (StaffUser, String) async throws -> Response) async throws -> Response {
        try await access.run(context, allowing: [.admin], page)
    }

    /// Where an admin starts: the structure a BITV 2.0 accessibility statement needs, the help
    /// questions, Leichte Sprache and the sign-language page. A page is stored once for every
    /// reader, so its starting content is in the portal's language, whatever the admin reads in.
    static func template(_ page: SiteRoute.LegalPage, _ text: Strings) -> (String, String) {
        switch page {
        case .accessibility: return (text.accessibility, PageTemplates.accessibility)
        case .help: return (text.helpAndFrequentlyAskedQuestions, PageTemplates.help)
        case .easyLanguage: return (text.easyLanguage, PageTemplates.easyLanguage)
        case .signLanguage: return (text.signLanguage, PageTemplates.signLanguage)
        case .privacy: return (text.privacy, "")
        case .imprint, .contact: return (text.imprint, "")
        }
    }

    @Sendable func list(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asAdmin(context) { user, csrf in try await render(user, csrf, request, context, error: nil, status: .ok) }
    }

    private func render(
        _ user: StaffUser, _ csrf: String, _ request: Request, _ context: PortalRequestContext, error: String?,
        videoError: String? = nil, enteredVideo: (title: String, transcript: String) = ("", ""), status: HTTPResponse.Status
    ) async throws -> Response {
        let text = Strings.for(frame.language(request))
        var entries: [AdminPagesPage.Entry] = []
        for page in Self.editable {
            let stored = try await pages.page(slug: page.rawValue)
            let (title, body) = stored.map { ($0.title, $0.body) } ?? Self.template(page, text)
            entries.append(
                .init(
                    slug: page.rawValue, title: title, body: body, action: SiteRoute.adminPage(slug: page.rawValue).path, viewPath: SiteRoute.legal(page).path))
        }
        let jargon = try await pages.page(slug: Self.jargonSlug)
        entries.append(
            .init(
                slug: Self.jargonSlug, title: jargon?.title ?? PortalPagesText.for(frame.language(request)).jargonTitle,
                body: jargon?.body ?? PublishGate.defaultJargonText,
                action: SiteRoute.adminPage(slug: Self.jargonSlug).path, viewPath: nil,
                hint: PortalPagesText.for(frame.language(request)).jargonHint
            ))
        let shell = frame.shell(
            request, context: context, title: PortalPagesText.for(frame.language(request)).portalPages, hasErrors: error != nil || videoError != nil,
            staffName: user.displayName, staffHome: .adminPages, now: now())
        var model = AdminPagesPage.Model(shell: shell, entries: entries, csrfToken: csrf, error: error)
        model.videos = try await pages.signLanguageVideos().map { ($0.title, SiteRoute.adminSignLanguageVideoRemove(id: $0.id.description).path) }
        model.videoAction = SiteRoute.adminSignLanguageVideos.path
        model.videoError = videoError
        model.enteredVideo = enteredVideo
        return PageFrame.response(AdminPagesPage.render(model), status: status)
    }

    /// Adds a video to the sign language page: MP4, WebVTT captions and the content as text, all
    /// required (captions and text are what make the video accessible). The files never expire.
    @Sendable func addVideo(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asAdmin(context) { user, csrf in
            let form = context.form ?? FormValues()
            let title = form.text("titel")
            let transcript = form.text("text")
            func refuse(_ message: String) async throws -> Response {
                try await render(
                    user, csrf, request, context, error: nil, videoError: message, enteredVideo: (title, transcript), status: .unprocessableContent)
            }
            if let problem = SignLanguageVideo.problem(title: title, transcript: transcript) {
                return try await refuse(problem.message(frame.language(request)))
            }
            guard let video = context.files.first(where: { $0.field == "video" && $0.size > 0 }) else {
                return try await refuse(PortalPagesText.for(frame.language(request)).chooseVideoFile)
            }
            guard let captions = context.files.first(where: { $0.field == "untertitel" && $0.size > 0 }) else {
                return try await refuse(PortalPagesText.for(frame.language(request)).chooseCaptionsFile)
            }
            let id: SignLanguageVideo.ID = ids()
            let owner = SignLanguageVideo.owner(of: id)
            var accepted: [UploadedFile] = []
            for (incoming, field) in [(video, Self.videoField), (captions, Self.captionsField)] {
                switch await uploads.accept(incoming, for: field, owner: owner) {
                case .success(let file): accepted.append(file)
                case .failure(let problem):
                    for file in accepted { try? await uploads.store.delete(id: file.id, owner: owner) }
                    return try await refuse(problem.message(label: field.label, language: frame.language(request)))
                }
            }
            try await uploads.store.extend(owner: owner, until: .distantFuture)
            try await pages.add(SignLanguageVideo(id: id, title: title, transcript: transcript, video: accepted[0], captions: accepted[1], addedAt: now()))
            return PageFrame.redirect(SiteRoute.adminPages.path + "#videos")
        }
    }

    @Sendable func removeVideo(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asAdmin(context) { _, _ in
            guard let id = context.parameters.get("id").flatMap(SignLanguageVideo.ID.init(string:)),
                let removed = try await pages.removeSignLanguageVideo(id)
            else { throw PageError(.notFound) }
            try await uploads.store.delete(id: removed.video.id, owner: SignLanguageVideo.owner(of: id))
            try await uploads.store.delete(id: removed.captions.id, owner: SignLanguageVideo.owner(of: id))
            return PageFrame.redirect(SiteRoute.adminPages.path + "#videos")
        }
    }

    @Sendable func save(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asAdmin(context) { user, csrf in
            let slug = try context.parameters.require("slug")
            guard slug == Self.jargonSlug || SiteRoute.LegalPage(rawValue: slug).map(Self.editable.contains) == true else { throw PageError(.notFound) }
            let form = context.form ?? FormValues()
            let title = form.text("titel")
            let body = form.text("text")
            guard !title.isEmpty, title.count <= 200 else {
                return try await render(
                    user, csrf, request, context, error: PortalPagesText.for(frame.language(request)).pageTitleInvalid, status: .unprocessableContent)
            }
            guard body.count <= 50_000 else {
                return try await render(
                    user, csrf, request, context, error: PortalPagesText.for(frame.language(request)).pageTextTooLong, status: .unprocessableContent)
            }
            if slug == Self.jargonSlug, let line = PublishGate.jargonProblem(in: body) {
                return try await render(user, csrf, request, context, error: line.message(frame.language(request)), status: .unprocessableContent)
            }
            try await pages.save(PortalPage(slug: slug, title: title, body: body, updatedAt: now()))
            return PageFrame.redirect(SiteRoute.adminPages.path + "#seite-\(slug)")
        }
    }
}
