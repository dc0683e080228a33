import PortalCore

/// A service's online payment in the editor: the policy, the platform's originator and endpoint
/// when they differ, the Kasse's booking data, the purpose and the VAT rate.
public enum EditorPaymentPage {
    /// What the form shows: the stored settings, or after a refused save what was typed.
    public struct Entered: Sendable {
        public var policy: PaymentPolicy
        public var originator: String
        public var endpoint: String
        public var booking: String
        public var purposeTemplate: String
        public var taxRate: String

        public init(policy: PaymentPolicy, originator: String, endpoint: String, booking: String, purposeTemplate: String, taxRate: String) {
            self.policy = policy
            self.originator = originator
            self.endpoint = endpoint
            self.booking = booking
            self.purposeTemplate = purposeTemplate
            self.taxRate = taxRate
        }

        public init(_ settings: ServicePayment?) {
            let settings = settings ?? ServicePayment(policy: .none)
            self.init(
                policy: settings.policy, originator: settings.originatorID ?? "", endpoint: settings.endpointID ?? "",
                booking: settings.bookingData.map { "\($0.key): \($0.value)" }.joined(separator: "\n"), purposeTemplate: settings.purposeTemplate,
                taxRate: String(settings.taxRatePercent))
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var serviceTitle: String
        public var backPath: String
        public var action: String
        public var csrfToken: String
        public var entered: Entered
        /// Refusals by field name (`zahlung`, `originator`, `buchung`, `zweck`, `steuer`).
        public var errors: [(field: String, message: String)] = []
        public var notices: [String] = []
        /// The policies offered.
        public var policies: [PaymentPolicy] = PaymentPolicy.allCases

        public init(shell: PageShell, serviceTitle: String, backPath: String, action: String, csrfToken: String, entered: Entered) {
            self.shell = shell
            self.serviceTitle = serviceTitle
            self.backPath = backPath
            self.action = action
            self.csrfToken = csrfToken
            self.entered = entered
        }
    }

    public static func render(_ model: Model) -> HTML {
        let strings = model.shell.strings
        let text = PaymentText.for(strings.language)
        func error(_ field: String) -> String? { model.errors.first { $0.field == field }?.message }
        let summary = model.errors.map { ErrorSummary.Item(anchorID: "e-\($0.field)", message: $0.message) }
        let policies = model.policies.enumerated().map { index, policy -> HTML in
            """
            \(Checkbox(id: index == 0 ? "e-zahlung" : "e-zahlung-\(index)", name: "zahlung", value: policy.rawValue, label: text.policyName(policy),
                       kind: .radio, isChecked: model.entered.policy == policy, describedBy: "e-zahlung-\(index)-hinweis").html)
            <p class="hint" id="e-zahlung-\(index)-hinweis">\(text.policyHint(policy))</p>
            """
        }
        let notices = model.notices.map { notice -> HTML in "<div class=\"notice\" role=\"status\"><p>\(notice)</p></div>" }
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(strings.back)</a></p>
                \(ErrorSummary.render(summary, strings))
                <h1>\(text.editorTitle(model.serviceTitle))</h1>
                <p>\(text.editorIntro)</p>
                \(HTML(notices, separator: "\n"))
                \(PostForm(action: model.action, csrfToken: model.csrfToken, noValidate: true, content: """
                    <fieldset class="field">
                    <legend>\(text.policyLegend)</legend>
                    \(HTML(policies, separator: "\n"))
                    </fieldset>
                    \(TextInput(id: "e-originator", name: "originator", value: model.entered.originator).field(text.originatorLabel, hint: text.platformIDHint, error: error("originator"), errorPrefix: strings.errorPrefix))
                    \(TextInput(id: "e-endpoint", name: "endpoint", value: model.entered.endpoint).field(text.endpointLabel, error: error("endpoint"), errorPrefix: strings.errorPrefix))
                    \(TextArea(id: "e-buchung", name: "buchung", value: model.entered.booking, rows: 4).field(text.bookingLabel, hint: text.bookingHint, error: error("buchung"), errorPrefix: strings.errorPrefix))
                    \(TextInput(id: "e-zweck", name: "zweck", value: model.entered.purposeTemplate).field(text.purposeLabel, hint: text.purposeTemplateHint, error: error("zweck"), errorPrefix: strings.errorPrefix))
                    \(TextInput(id: "e-steuer", name: "steuer", value: model.entered.taxRate, isShort: true, inputMode: "numeric").field(text.taxLabel, hint: text.taxHint, error: error("steuer"), errorPrefix: strings.errorPrefix))
                    <button class="button" type="submit">\(text.saveSettings)</button>
                    """))
                """)
    }
}
