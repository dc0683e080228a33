import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// A service's online payment (issue 18): editors of its unit set whether the fee is paid before
/// filing, and what the platform and the Kasse need. Live at once, like the catalogue entry.
extension EditorController {
    @Sendable func payment(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            return try await renderPayment(service, EditorPaymentPage.Entered(service.payment), errors: [], request, context, editor)
        }
    }

    @Sendable func savePayment(_ request: Request, context: PortalRequestContext) async throws -> Response {
        try await asEditor(context) { editor in
            let service = try await ownService(context, editor)
            let form = context.form ?? FormValues()
            let text = PaymentText.for(frame.language(request))
            let entered = EditorPaymentPage.Entered(
                policy: PaymentPolicy(rawValue: form.text("zahlung", max: 20)) ?? .none, originator: form.text("originator", max: 200),
                endpoint: form.text("endpoint", max: 200), booking: form.text("buchung", max: 5000), purposeTemplate: form.text("zweck", max: 400),
                taxRate: form.text("steuer", max: 10))
            var errors: [(field: String, message: String)] = []
            if PaymentPolicy(rawValue: form.text("zahlung", max: 20)) == nil { errors.append(("zahlung", text.policyLegend)) }
            var booking: [ServicePayment.BookingEntry] = []
            for (index, line) in entered.booking.split(whereSeparator: \.isNewline).enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.isEmpty { continue }
                guard let colon = trimmed.firstIndex(of: ":") else {
                    errors.append(("buchung", text.bookingLineInvalid(index + 1)))
                    break
                }
                booking.append(
                    .init(
                        key: trimmed[..<colon].trimmingCharacters(in: .whitespaces),
                        value: trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
            }
            let tax = Int(entered.taxRate.trimmingCharacters(in: .whitespaces).isEmpty ? "0" : entered.taxRate.trimmingCharacters(in: .whitespaces))
            if tax == nil { errors.append(("steuer", text.taxNotNumber)) }
            func optional(_ value: String) -> String? {
                let trimmed = value.trimmingCharacters(in: .whitespaces)
                return trimmed.isEmpty ? nil : trimmed
            }
            let template = optional(entered.purposeTemplate) ?? ServicePayment.defaultPurposeTemplate
            let settings = ServicePayment(
                policy: entered.policy, originatorID: optional(entered.originator), endpointID: optional(entered.endpoint), bookingData: booking,
                purposeTemplate: template, taxRatePercent: tax ?? 0)
            if errors.isEmpty {
                for problem in settings.problems {
                    let field =
                        switch problem {
                        case .platformID: "originator"
                        case .bookingData, .bookingDataTwice: "buchung"
                        case .purposeTemplate: "zweck"
                        case .taxRate: "steuer"
                        }
                    errors.append((field, text.problem(problem)))
                }
            }
            guard errors.isEmpty else {
                return try await renderPayment(service, entered, errors: errors, request, context, editor, status: .unprocessableContent)
            }
            try await catalog.modifyService(service.id) { stored in stored.payment = settings }
            context.flash(text.settingsSaved)
            return PageFrame.redirect(SiteRoute.editorService(slug: service.slug).path + "#bezahlung")
        }
    }

    private func renderPayment(
        _ service: Service, _ entered: EditorPaymentPage.Entered, errors: [(field: String, message: String)], _ request: Request,
        _ context: PortalRequestContext, _ editor: Context, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let language = frame.language(request)
        let text = PaymentText.for(language)
        var model = EditorPaymentPage.Model(
            shell: shell(request, context, editor, title: text.editorTitle(service.title), hasErrors: !errors.isEmpty), serviceTitle: service.title,
            backPath: SiteRoute.editorService(slug: service.slug).path, action: SiteRoute.editorPayment(slug: service.slug).path,
            csrfToken: editor.csrf, entered: entered)
        model.errors = errors
        if try await catalog.currentFormVersion(of: service.id)?.schema.fee == nil { model.notices.append(text.noFeeNotice) }
        if !hasPaymentPlatform { model.notices.append(text.noPlatformNotice) }
        return PageFrame.response(EditorPaymentPage.render(model), status: status)
    }
}
