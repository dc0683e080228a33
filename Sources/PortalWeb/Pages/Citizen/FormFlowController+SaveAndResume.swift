import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// "Speichern und später fortsetzen": the draft is stored under the hash of a fresh token, the link
/// is shown once (and mailed when the form has an e-mail answer), and opening the link on any
/// device brings the draft back, carried over to a newer form version where keys still exist.
extension FormFlowController {
    /// Saves the draft as it stands (unvalidated) and goes to the page with the link.
    func saveForLater(_ draft: PortalSession.Draft, progress: FormProgress, session: inout PortalSession, _ request: Request, _ context: PortalRequestContext)
        async throws -> Response
    {
        let form = progress.form
        let token = PortalSession.newToken()
        let expiresAt = now().addingTimeInterval(savedDraftTime)
        let data = String(decoding: try JSONEncoder().encode(draft), as: UTF8.self)
        try await savedDrafts.save(
            SavedDraft(
                id: draft.id, tokenHash: SHA256Hex.of(token), serviceID: form.service.id, formVersionID: draft.formVersionID,
                data: data, savedAt: now(), expiresAt: expiresAt
            ))
        try await uploads.store.extend(owner: draft.id, until: expiresAt)
        // The first valid e-mail answer of the form gets the link too.
        let email = form.version.schema.fields.first { $0.kind == .email }.flatMap { field -> String? in
            if case .text(let address)? = progress.known[field.key] { address } else { nil }
        }
        var mailed = false
        var mailRefused = false
        // The same draft is not mailed again within minutes, and no address or client gets many such mails.
        if let email,
            try await !throttle.take([
                (throttle.limits.sameResumeMail, draft.id), (throttle.limits.mailsPerRecipient, email.lowercased()),
                (throttle.limits.mailsPerClient, context.clientAddress),
            ])
        {
            mailRefused = true
        } else if let email {
            let text = Strings.german
            do {
                try await mail.send(
                    Mail(
                        to: email, subject: text.resumeMailSubject(form.service.title),
                        body: text.resumeMailBody(form.service.title, resumeLink(token), LocalDate(expiresAt, in: timeZone).german)
                    ))
                mailed = true
            } catch {
                uploads.logger.error("resume link mail failed", metadata: ["error": "\(error)"])
            }
        }
        session.drafts[form.service.slug] = draft
        session.savedNotice = .init(serviceSlug: form.service.slug, token: token, expiresAt: expiresAt, mailed: mailed, mailRefused: mailRefused)
        return PageFrame.redirect(.formSaved(slug: form.service.slug))
    }

    /// Shows the resume link once.
    @Sendable func saved(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await publishedForm(context)
        guard var session = context.sessions.session, let notice = session.savedNotice, notice.serviceSlug == form.service.slug else {
            return PageFrame.redirect(.service(slug: form.service.slug))
        }
        session.savedNotice = nil
        browserSessions.save(session, context)
        let text = Strings.for(frame.language(request))
        let until = LocalDate(notice.expiresAt, in: timeZone).german
        let shell = frame.shell(request, context: context, title: text.savedTitle, serviceTitle: form.service.title, now: now())
        let paragraphs =
            [text.savedUntil(until), text.savedOnce] + (notice.mailed ? [text.savedMailed] : [])
            + (notice.mailRefused == true ? [LimitText.for(frame.language(request)).resumeNotMailed] : []) + [text.savedPrevious]
        return PageFrame.response(
            SavedDraftPage.render(
                .init(
                    shell: shell, heading: text.savedTitle, paragraphs: paragraphs, resumeLink: resumeLink(notice.token), changes: [],
                    continuePath: SiteRoute.formStart(slug: form.service.slug).path
                )))
    }

    /// The saved draft behind a resume link, with its service's current form.
    private func savedDraft(_ request: Request, _ context: PortalRequestContext) async throws -> (SavedDraft, PublishedForms.Entry, PortalSession.Draft) {
        let text = Strings.for(frame.language(request))
        let token = try context.parameters.require("token")
        guard token.count == 43, let saved = try await savedDrafts.draft(tokenHash: SHA256Hex.of(token), now: now()),
            let service = try await catalog.service(id: saved.serviceID), let form = try await forms.entry(slug: service.slug),
            let draft = try? JSONDecoder().decode(PortalSession.Draft.self, from: Data(saved.data.utf8))
        else {
            throw PageError(.conflict(text.resumeInvalid, link: (text.servicesNav, SiteRoute.home.path)))
        }
        return (saved, form, draft)
    }

    /// Opening the link only asks: following a link must not replace a draft by itself (a page
    /// elsewhere could make the browser open it).
    @Sendable func confirmResume(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let (saved, form, draft) = try await savedDraft(request, context)
        let session = browserSessions.currentOrNew(context)
        if context.sessions.session == nil { browserSessions.save(session, context) }
        let text = Strings.for(frame.language(request))
        let current = session.drafts[form.service.slug]
        let replaces = current.map { $0.id != draft.id && !$0.values.isEmpty } ?? false
        let shell = frame.shell(request, context: context, title: text.resumeTitle, serviceTitle: form.service.title, now: now())
        return PageFrame.response(
            SavedDraftPage.render(
                .init(
                    shell: shell, heading: text.resumeTitle,
                    paragraphs: [text.resumeIntro(form.service.title, LocalDate(saved.expiresAt, in: timeZone).german)]
                        + (replaces ? [text.resumeReplaces] : []),
                    resumeLink: nil, changes: [], continuePath: SiteRoute.formStart(slug: form.service.slug).path,
                    confirm: (request.uri.path, session.csrfToken)
                )))
    }

    /// Brings a saved draft into this browser's session.
    @Sendable func resume(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let text = Strings.for(frame.language(request))
        let (saved, form, loaded) = try await savedDraft(request, context)
        var draft = loaded
        if let unknown = (context.form?.names ?? []).subtracting(["_csrf"]).sorted().first {
            throw PageError(.unknownField(String(unknown.prefix(60))))
        }
        var changes: [String] = []
        if draft.formVersionID != form.version.id {
            let old = try await catalog.formVersion(id: draft.formVersionID)?.schema
            changes = Self.carryOver(&draft, from: old, to: form.version, text: text)
        }
        var session = browserSessions.currentOrNew(context)
        session.drafts[form.service.slug] = draft
        session.resumeNotice = .init(serviceSlug: form.service.slug, changes: changes, expiresAt: saved.expiresAt)
        browserSessions.extend(&session)
        browserSessions.save(session, context)
        return PageFrame.redirect(.formResumed(slug: form.service.slug))
    }

    /// Welcome back, with what changed in the form meanwhile.
    @Sendable func resumed(_ request: Request, context: PortalRequestContext) async throws -> Response {
        let form = try await publishedForm(context)
        guard var session = context.sessions.session, let notice = session.resumeNotice, notice.serviceSlug == form.service.slug,
            let draft = session.drafts[form.service.slug]
        else { return PageFrame.redirect(.formStart(slug: form.service.slug)) }
        session.resumeNotice = nil
        browserSessions.save(session, context)
        let text = Strings.for(frame.language(request))
        let shell = frame.shell(request, context: context, title: text.resumedTitle, serviceTitle: form.service.title, sessionNotice: true, now: now())
        let next = try await progress(form, draft).nextRoute(after: 0)
        return PageFrame.response(
            SavedDraftPage.render(
                .init(
                    shell: shell, heading: text.resumedTitle, paragraphs: [text.resumedIntro(LocalDate(notice.expiresAt, in: timeZone).german)],
                    resumeLink: nil, changes: notice.changes, continuePath: next.path
                )))
    }

    /// Moves a draft to a newer form version: answers whose inputs still exist are kept, the rest
    /// dropped; every step has to be passed again. Returns the changes in the applicant's words.
    static func carryOver(_ draft: inout PortalSession.Draft, from old: FormSchema?, to version: FormVersion, text: Strings) -> [String] {
        let schema = version.schema
        let names = InputNames(schema.steps.flatMap(\.fields))
        let fileKeys = Set(schema.fields.filter { $0.kind == .file }.map(\.key))
        let groups = Set(schema.fields.filter(\.isRepeatable).map(\.key))
        draft.values = draft.values.filter { names.accepts($0.key) || fileKeys.contains($0.key) }
        draft.entryCounts = draft.entryCounts.filter { groups.contains($0.key) }
        draft.completedSteps = []
        draft.formVersionID = version.id
        guard let old else { return [] }
        // Removed questions first (their answers are gone), then the new ones.
        let changes = SchemaChange.between(old, schema)
        let removed = changes.compactMap { change -> String? in if case .removed(let label) = change { text.fieldRemoved(label) } else { nil } }
        let added = changes.compactMap { change -> String? in if case .added(let label) = change { text.fieldAdded(label) } else { nil } }
        return removed + added
    }

    /// The link as mailed and shown: absolute when the portal knows its public address.
    func resumeLink(_ token: String) -> String {
        SiteRoute.absolute(SiteRoute.resume(token: token).path, base: publicBaseURL)
    }
}
