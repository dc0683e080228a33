import PortalCore

/// The admins' settings of the portal's look: name, logo, accent colour, contact address; the
/// public address shown read-only.
public enum PortalSettingsPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var action: String
        public var csrfToken: String
        public var configuredName: String
        public var name: String
        public var colour: String
        public var contactEmail: String
        public var logoPath: String?
        public var baseURL: String?
        public var nameError: String?
        public var logoError: String?
        public var colourError: String?
        public var contactError: String?

        public init(
            shell: PageShell, action: String, csrfToken: String, configuredName: String, name: String, colour: String, contactEmail: String,
            logoPath: String?, baseURL: String?
        ) {
            self.shell = shell
            self.action = action
            self.csrfToken = csrfToken
            self.configuredName = configuredName
            self.name = name
            self.colour = colour
            self.contactEmail = contactEmail
            self.logoPath = logoPath
            self.baseURL = baseURL
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let words = PortalSettingsText.for(text.language)
        let errors = [
            ("einstellung-name", model.nameError), ("einstellung-logo", model.logoError), ("einstellung-farbe", model.colourError),
            ("einstellung-kontakt", model.contactError),
        ].compactMap { id, message in message.map { ErrorSummary.Item(anchorID: id, message: $0) } }
        let currentLogo: HTML =
            model.logoPath.map { path -> HTML in
                """
                <p>\(words.currentLogo) <img class="portal-logo-preview" src="\(path)" alt="\(words.logo)"></p>
                \(Checkbox(id: "einstellung-logo-entfernen", name: "logo-entfernen", value: "ja", label: words.removeLogo))
                """
            } ?? .empty
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(errors, text))
                <h1>\(words.title)</h1>
                <p>\(words.intro)</p>
                <dl class="facts">
                <dt>\(words.baseURL)</dt><dd>\(model.baseURL ?? words.baseURLNotSet)</dd>
                </dl>
                <p class="hint">\(words.baseURLHint)</p>
                \(PostForm(action: model.action, csrfToken: model.csrfToken, encoding: .multipart, noValidate: true, content: """
                    \(TextInput(id: "einstellung-name", name: "name", value: model.name, autocomplete: "off")
                        .field(words.name, hint: words.nameHint(model.configuredName), error: model.nameError, errorPrefix: text.errorPrefix))
                    \(FileInput(id: "einstellung-logo", name: "logo", accept: "image/png,image/svg+xml,.png,.svg").field(words.logo, hint: words.logoHint, error: model.logoError))
                    \(currentLogo)
                    \(TextInput(id: "einstellung-farbe", name: "farbe", value: model.colour, isShort: true, autocomplete: "off", spellcheck: false, autocapitalize: false)
                        .field(words.colour, hint: words.colourHint, error: model.colourError, errorPrefix: text.errorPrefix))
                    \(TextInput(id: "einstellung-kontakt", name: "kontakt", value: model.contactEmail, type: .email, autocomplete: "off", spellcheck: false, autocapitalize: false)
                        .field(words.contact, hint: words.contactHint, error: model.contactError, errorPrefix: text.errorPrefix))
                    <button class="button" type="submit">\(words.save)</button>
                    """))
                """)
    }
}
