import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The audit trail for admins and privacy officers: one case's lines (any org unit: they oversee
/// the whole authority) and a period as CSV. Downloading a period is itself a line of the trail.
struct AuditTrailController: Sendable {
    let audit: any AuditTrail
    let submissions: any SubmissionStore
    let staff: any StaffStore
    let access: StaffAccess
    let frame: PageFrame
    let now: @Sendable () -> Date
    let ids: IDGenerator
    let timeZone: TimeZone
    let legalHolds: LegalHolds

    /// Lines in one download; a longer period is refused by its length first.
    static let exportLimit = 200_000
    static let overseers: Set<StaffRole> = [.admin, .privacyOfficer]

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.auditTrail.pattern, use: show)
        router.get(SiteRoute.auditExport.pattern, use: export)
        router.post(SiteRoute.auditLegalHold(reference: "").pattern, use: changeLegalHold)
    }

    private func model(_ request: Request, _ context: PortalRequestContext, _ user: StaffUser, hasErrors: Bool) -> AuditTrailPage.Model {
        let words = AuditText.for(frame.language(request))
        let shell = frame.shell(
            request, context: context, title: words.title, hasErrors: hasErrors, staffName: user.displayName, staffHome: StaffAccess.startPage(for: user),
            now: now())
        return AuditTrailPage.Model(shell: shell, action: SiteRoute.auditTrail.path, exportAction: SiteRoute.auditExport.path)
    }

    @Sendable func show(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: Self.overseers) { user, _ in
            let language = frame.language(request)
            let words = AuditText.for(language)
            let typed = String((request.uri.queryParameters.get("aktenzeichen") ?? "").trimmingCharacters(in: .whitespaces).prefix(40))
            guard !typed.isEmpty else { return PageFrame.response(AuditTrailPage.render(model(request, context, user, hasErrors: false))) }
            guard let reference = Reference(typed.uppercased()), let submission = try await submissions.submission(reference: reference) else {
                var page = model(request, context, user, hasErrors: true)
                page.reference = typed
                page.referenceError = words.referenceUnknown
                return PageFrame.response(AuditTrailPage.render(page), status: .notFound)
            }
            return try await showCase(submission, request, context, user)
        }
    }

    /// One case's trail with its legal hold, which overseers may set or lift here.
    private func showCase(
        _ submission: Submission, _ request: Request, _ context: PortalRequestContext, _ user: StaffUser,
        refused: (error: String, entered: String)? = nil
    ) async throws -> Response {
        let language = frame.language(request)
        var page = model(request, context, user, hasErrors: refused != nil)
        let reference = submission.reference.rawValue
        page.reference = reference
        var names = ActorNames(staff: staff, words: AuditText.for(language))
        var lines: [AuditTrailPage.Line] = []
        for event in try await audit.events(submission: submission.id, actions: nil) {
            lines.append(try await line(event, names: &names, language))
        }
        page.caseTrail = (reference, lines)
        page.legalHold = try await legalHolds.panel(
            submission, action: SiteRoute.auditLegalHold(reference: reference).path,
            csrfToken: context.sessions.session?.csrfToken ?? "", language: language, refused: refused)
        return PageFrame.response(AuditTrailPage.render(page), status: refused == nil ? .ok : .unprocessableContent)
    }

    static func casePath(_ reference: String) -> String {
        SiteRoute.auditTrail.path + "?aktenzeichen="
            + (reference.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-"))) ?? "")
    }

    @Sendable func changeLegalHold(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: Self.overseers) { user, _ in
            guard let reference = Reference(try context.parameters.require("reference")),
                let submission = try await submissions.submission(reference: reference)
            else { throw PageError(.notFound) }
            switch try await legalHolds.change(submission, form: context.form ?? FormValues(), by: user, language: frame.language(request)) {
            case .changed(let flash):
                context.flash(flash)
                return PageFrame.redirect(Self.casePath(reference.rawValue) + "#loeschsperre")
            case .refused(let error, let entered):
                return try await showCase(submission, request, context, user, refused: (error, entered))
            }
        }
    }

    @Sendable func export(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: Self.overseers) { user, _ in
            let language = frame.language(request)
            let words = AuditText.for(language)
            let parameters = request.uri.queryParameters
            let (fromText, toText) = (String((parameters.get("von") ?? "").prefix(20)), String((parameters.get("bis") ?? "").prefix(20)))
            let (from, to) = (LocalDate(german: fromText), LocalDate(german: toText))
            var page = model(request, context, user, hasErrors: true)
            page.from = fromText
            page.to = toText
            page.fromError = from == nil ? words.dateInvalid : nil
            page.toError = to == nil ? words.dateInvalid : nil
            if let from, let to {
                let days = from.days(until: to)
                page.toError = days < 0 ? words.rangeInvalid : days >= 366 ? words.rangeTooLong : nil
            }
            guard let from, let to, page.toError == nil else { return PageFrame.response(AuditTrailPage.render(page), status: .unprocessableContent) }
            let events = try await audit.events(from: from.start(in: timeZone), to: to.adding(days: 1).start(in: timeZone), limit: Self.exportLimit)
            try await audit.record(
                AuditEvent(id: ids(), actor: AuditEvent.staff(user.id), action: .trailExported, target: "period:\(from.iso)/\(to.iso)", at: now()))
            var names = ActorNames(staff: staff, words: words)
            let references = try await submissions.references(of: Set(events.compactMap(\.submissionID)))
            var csv = "\u{FEFF}" + CSVText.line([words.when, words.who, words.what, words.reference, words.concerning])
            for event in events {
                let line = try await line(event, names: &names, language)
                let reference = event.submissionID.flatMap { references[$0] }?.rawValue ?? ""
                csv += CSVText.line([line.when, line.who, line.what, reference, line.concerning])
            }
            if events.count == Self.exportLimit { csv += CSVText.line([words.truncated(Self.exportLimit)]) }
            return Response(
                status: .ok,
                headers: [
                    .contentType: "text/csv; charset=utf-8", .cacheControl: "private, no-store",
                    .contentDisposition: "attachment; filename=\"protokoll-\(from.iso)-bis-\(to.iso).csv\"",
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(string: csv)))
        }
    }

    private func line(_ event: AuditEvent, names: inout ActorNames, _ language: Language) async throws -> AuditTrailPage.Line {
        let words = AuditText.for(language)
        var concerning = ""
        if let target = event.target {
            if let status = target.dropping("status:").flatMap(CaseStatus.init(rawValue:)) {
                concerning = words.status(status.label(language))
            } else if target.hasPrefix("staff:") {
                concerning = try await names.name(target)
            } else {
                concerning = target
            }
        }
        return AuditTrailPage.Line(
            when: frame.dateTime(event.at), who: try await names.name(event.actor), what: StaffAdminText.for(language).action(event.action),
            concerning: concerning)
    }

    /// Display names for the trail's actors, each looked up once: `staff:<id>` and older
    /// `staff:<user name>` lines, API keys, the applicant.
    struct ActorNames {
        let staff: any StaffStore
        let words: AuditText
        var known: [String: String] = [:]

        mutating func name(_ actor: String) async throws -> String {
            if let name = known[actor] { return name }
            var name = actor
            if let rest = actor.dropping("staff:") {
                var user = try await Identifier<StaffUser>(string: rest).asyncFlatMap { try await staff.user(id: $0) }
                if user == nil { user = try await staff.user(username: rest) }
                name = user?.displayName ?? rest
            } else if let key = actor.dropping("apikey:") {
                name = words.apiKey(String(key.prefix(8)))
            } else if actor == CaseNote.applicantActor {
                name = words.applicant
            } else if actor == "system" {
                name = words.system
            }
            known[actor] = name
            return name
        }
    }
}

extension String {
    /// The rest after `prefix`, or nil when the text does not start with it.
    fileprivate func dropping(_ prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
