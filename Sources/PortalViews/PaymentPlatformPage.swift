import PortalCore

/// The administration's view of the payment platform: the settings in force (no secrets) and
/// "Verbindung testen".
public enum PaymentPlatformPage {
    public struct Model: Sendable {
        public var shell: PageShell
        /// Nil: no platform set up.
        public var info: PaymentGatewayInfo?
        public var isTest: Bool
        public var action: String
        public var csrfToken: String
        /// The last test's result, shown once.
        public var result: (message: String, works: Bool)?

        public init(shell: PageShell, info: PaymentGatewayInfo?, isTest: Bool, action: String, csrfToken: String) {
            self.shell = shell
            self.info = info
            self.isTest = isTest
            self.action = action
            self.csrfToken = csrfToken
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = PaymentText.for(model.shell.strings.language)
        let body: HTML
        if let info = model.info {
            let rows: [(String, String)] = [
                (text.addressLabel, info.address ?? "–"), (text.authenticationLabel, text.authentication(info.authentication)),
                (text.originatorLabel, info.originatorID), (text.endpointLabel, info.endpointID),
            ]
            let result: HTML =
                model.result.map { result -> HTML in
                    "<div class=\"\(result.works ? "notice" : "error-summary")\" role=\"status\"><p>\(result.message)</p></div>"
                } ?? .empty
            body = """
                \(model.isTest ? "<p class=\"notice\">\(text.testPlatformNote)</p>" : HTML.empty)
                <dl class="summary">
                \(HTML(rows.map { label, value -> HTML in "<div class=\"summary-row\"><dt>\(label)</dt><dd>\(value)</dd></div>" }, separator: "\n"))
                </dl>
                \(result)
                \(PostForm(action: model.action, csrfToken: model.csrfToken, content: "<button class=\"button\" type=\"submit\">\(text.testConnection)</button>"))
                """
        } else {
            body = "<div class=\"notice\" role=\"status\"><p>\(text.notConfigured)</p></div>"
        }
        return Layout.render(
            model.shell,
            main: """
                <h1>\(text.platformTitle)</h1>
                <p>\(text.platformIntro)</p>
                \(body)
                """)
    }
}
