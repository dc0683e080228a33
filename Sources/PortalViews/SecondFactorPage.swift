import PortalCore

/// Setting up the staff's second factor: the QR code with the same key as text beside it, the
/// field for the first code; after confirming, the recovery codes, shown once.
public enum SecondFactorPage {
    public enum Step: Sendable {
        case enrol(code: QRCode?, secret: String, error: String?)
        case recoveryCodes([String], continuePath: String)
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var step: Step
        /// The account must have a second factor (the page says so).
        public var isRequired: Bool
        public var action: String
        public var csrfToken: String

        public init(shell: PageShell, step: Step, isRequired: Bool, action: String, csrfToken: String) {
            self.shell = shell
            self.step = step
            self.isRequired = isRequired
            self.action = action
            self.csrfToken = csrfToken
        }
    }

    public static func render(_ model: Model) -> HTML {
        let words = StaffAdminText.for(model.shell.strings.language)
        switch model.step {
        case .enrol(let code, let secret, let error):
            let errors = error.map { [ErrorSummary.Item(anchorID: "totp-code", message: $0)] } ?? []
            let image: HTML = code.map { "<div class=\"qr-code-frame\">\(QRCodeImage(code: $0, label: words.qrLabel))</div>" } ?? .empty
            return Layout.render(
                model.shell,
                main: """
                    \(ErrorSummary.render(errors, model.shell.strings))
                    <h1>\(words.enrolTitle)</h1>
                    \(model.isRequired ? "<p>\(words.enrolRequired)</p>" : HTML.empty)
                    <ol class="steps">
                    <li><p>\(words.enrolInstall)</p></li>
                    <li><p>\(words.enrolScan)</p>
                    \(image)
                    <p>\(words.secretLabel): <code class="totp-secret">\(secret)</code></p></li>
                    <li><p>\(words.enrolEnterCode)</p>
                    \(PostForm(action: model.action, csrfToken: model.csrfToken, noValidate: true, content: """
                        \(TextInput(id: "totp-code", name: "code", isShort: true, autocomplete: "one-time-code", inputMode: "numeric", spellcheck: false, autocapitalize: false)
                            .field(words.appCode, error: error, errorPrefix: model.shell.strings.errorPrefix))
                        <button class="button" type="submit">\(words.enrolButton)</button>
                        """))</li>
                    </ol>
                    """)
        case .recoveryCodes(let codes, let continuePath):
            let items = codes.map { code -> HTML in "<li><code>\(code)</code></li>" }
            return Layout.render(
                model.shell,
                main: """
                    <h1>\(words.codesTitle)</h1>
                    <p>\(words.codesIntro)</p>
                    <ol class="recovery-codes">
                    \(HTML(items, separator: "\n"))
                    </ol>
                    <p><a class="button" href="\(continuePath)">\(words.continueLink)</a></p>
                    """)
        }
    }
}
