import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// The contact form, general (`/kontakt`) and per service: validated like any form, stored,
/// routed to the service's office (technical problems and barriers to the portal's admins),
/// acknowledged to the sender by mail. Staff read their messages at `/intern/nachrichten`.
struct ContactController: Sendable {
    let catalog: any CatalogStore
    let contacts: any ContactStore
    let access: StaffAccess
    let mail: any MailSender
    let frame: PageFrame
    let now: @Sendable () -> Date
    let ids: IDGenerator
    let timeZone: TimeZone
    /// Receipts go to any address typed in: at most 3 per address and 5 per client in 10 minutes,
    /// so the form cannot be used to send the authority's mail to strangers in bulk.
    let throttle: Throttle
    let browserSessions: BrowserSessions

    func register(on router: Router<PortalRequestContext>) {
        router.get(SiteRoute.legal(.contact).pattern, use: showGeneral)
        router.post(SiteRoute.legal(.contact).pattern, use: sendGeneral)
        router.get(SiteRoute.serviceContact(slug: "").pattern, use: showForService)
        router.post(SiteRoute.serviceContact(slug: "").pattern, use: sendForService)
        router.get(SiteRoute.contactMessages.pattern, use: messages)
    }

    /// The form as a form schema, so it is validated and rendered like every other form.
    static func schema(_ language: Language) -> FormSchema {
        let text = ContactText.for(language)
        return FormSchema(steps: [
            FormStep(
                title: text.heading,
                fields: [
                    FormField(
                        key: "kategorie", kind: .singleChoice, label: text.category,
                        options: ContactMessage.Category.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.label(language)) }),
                    FormField(key: "name", kind: .text, label: text.name, isRequired: false, constraints: .init(maxLength: 200), autocomplete: "name"),
                    FormField(key: "email", kind: .email, label: text.email, hint: text.emailHint, autocomplete: "email"),
                    FormField(key: "nachricht", kind: .longText, label: text.message, constraints: .init(maxLength: 5000)),
                ])
        ])
    }

    private func service(_ context: PortalRequestContext) async throws -> Service {
        let slug = try context.parameters.require("slug")
        guard slug.count <= 200, let service = try await catalog.service(slug: slug), service.isPublished else { throw PageError(.notFound) }
        return service
    }

    @Sendable func showGeneral(_ request: Request, context: PortalRequestContext) async throws -> Response {
        render(nil, request, context, values: [:], errors: [:], status: .ok)
    }

    @Sendable func showForService(_ request: Request, context: PortalRequestContext) async throws -> Response {
        render(try await service(context), request, context, values: ["kategorie": [ContactMessage.Category.question.rawValue]], errors: [:], status: .ok)
    }

    @Sendable func sendGeneral(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await send(nil, request, context)
    }

    @Sendable func sendForService(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await send(try await service(context), request, context)
    }

    private func render(
        _ service: Service?, _ request: Request, _ context: PortalRequestContext, values: [String: [String]],
        errors: [String: String], status: HTTPResponse.Status
    ) -> Response {
        let language = frame.language(request)
        let text = ContactText.for(language)
        let heading = service.map { text.serviceHeading($0.title(language)) } ?? text.heading
        let shell = frame.shell(request, context: context, title: heading, hasErrors: !errors.isEmpty, now: now())
        let page = ContactPage.render(
            .init(
                shell: shell, heading: heading, intro: text.intro,
                fields: Self.schema(language).steps[0].fields.map {
                    FieldView(field: $0, values: values, errors: errors, today: LocalDate(now(), in: frame.timeZone))
                },
                action: service.map { SiteRoute.serviceContact(slug: $0.slug).path } ?? SiteRoute.legal(.contact).path,
                csrfToken: browserSessions.current(context).csrfToken, sendLabel: text.send,
                backPath: service.map { SiteRoute.service(slug: $0.slug).path } ?? SiteRoute.home.path
            ))
        return PageFrame.response(page, status: status)
    }

    private func send(_ service: Service?, _ request: Request, _ context: PortalRequestContext) async throws -> Response {
        let language = frame.language(request)
        let posted = context.form ?? FormValues()
        let schema = Self.schema(language)
        if let unknown = posted.names.subtracting(["_csrf", "kategorie", "name", "email", "nachricht"]).sorted().first {
            throw PageError(.unknownField(String(unknown.prefix(60))))
        }
        switch SubmissionValidator(schema: schema, today: LocalDate(now(), in: timeZone)).validate(form: posted.values) {
        case .failure(let failure):
            let errors = Dictionary(failure.errors.map { ($0.field, $0.message(language)) }, uniquingKeysWith: { first, _ in first })
            return render(service, request, context, values: posted.values, errors: errors, status: .unprocessableContent)
        case .success(let answers):
            guard case .choice(let raw)? = answers["kategorie"], let category = ContactMessage.Category(rawValue: raw),
                case .text(let email)? = answers["email"], case .text(let body)? = answers["nachricht"]
            else { throw PageError(.malformedForm) }
            var name: String?
            if case .text(let given)? = answers["name"] { name = given }
            // Counted per message, not per failure: each one queues an acknowledgement to the given address.
            let limits = [(throttle.limits.contactPerSender, email.lowercased()), (throttle.limits.contactPerClient, context.clientAddress)]
            if try await !throttle.take(limits) {
                throw PageError(.tooManyRequests(ContactText.for(language).tooManyMessages))
            }
            // Questions go to the service's office; technical problems and barriers to the portal's admins.
            let routed = category == .question || category == .other ? service?.orgUnitID : nil
            try await contacts.save(
                ContactMessage(
                    id: ids(), category: category, serviceID: service?.id, orgUnitID: routed,
                    name: name, email: email, text: body, receivedAt: now()))
            let text = ContactText.for(language)
            do {
                try await mail.send(Mail(to: email, subject: text.ackSubject, body: text.ackBody(category.label(language))))
            } catch {
                // The message is stored; a failed acknowledgement must not lose it or confuse the sender.
            }
            context.flash(text.sent)
            return PageFrame.redirect(service.map { SiteRoute.serviceContact(slug: $0.slug).path } ?? SiteRoute.legal(.contact).path)
        }
    }

    @Sendable func messages(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await access.run(context, allowing: [.caseWorker, .admin]) { user, _ in try await messages(request, context, user) }
    }

    private func messages(_ request: Request, _ context: PortalRequestContext, _ user: StaffUser) async throws -> Response {
        let language = frame.language(request)
        let text = ContactText.for(language)
        let list = try await contacts.messages(for: user.orgUnitIDs, general: user.roles.contains(.admin), limit: 200)
        var titles: [Service.ID: String] = [:]
        for message in list {
            if let serviceID = message.serviceID, titles[serviceID] == nil { titles[serviceID] = try await catalog.service(id: serviceID)?.title }
        }
        let shell = frame.shell(request, context: context, title: text.staffHeading, staffName: user.displayName, now: now())
        return PageFrame.response(
            ContactMessagesPage.render(
                .init(
                    shell: shell,
                    rows: list.map { message in
                        .init(
                            receivedAt: frame.dateTime(message.receivedAt), about: message.serviceID.flatMap { titles[$0] } ?? text.general,
                            category: message.category.label(language), sender: [message.name, message.email].compactMap { $0 }.joined(separator: ", "),
                            text: message.text)
                    })))
    }
}
