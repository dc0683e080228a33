/// The citizen account's small forms (register, sign in, forgotten password, new password, confirm
/// the address): a heading, a few sentences, labelled inputs with inline errors and an error
/// summary, one button, links onward.
public enum AccountFormPage {
    public struct Input: Sendable {
        public var name: String
        public var label: String
        /// `email` or `password`.
        public var type: String
        public var autocomplete: String
        public var value: String
        public var hint: String?
        public var error: String?

        public init(name: String, label: String, type: String, autocomplete: String, value: String = "", hint: String? = nil, error: String? = nil) {
            self.name = name
            self.label = label
            self.type = type
            self.autocomplete = autocomplete
            self.value = value
            self.hint = hint
            self.error = error
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var heading: String
        public var intro: [String]
        public var action: String
        public var csrfToken: String
        public var inputs: [Input]
        public var button: String
        /// An error not tied to one input (wrong password, expired link).
        public var formError: String?
        public var links: [(text: String, path: String)]
        /// Signing in elsewhere (identity providers), under their own heading.
        public var alternatives: (heading: String, buttons: [PostButton])?
        /// Ticks inside the form (the reset page: connected providers to remove), all posted under `name`.
        public var checkboxes: (legend: String, name: String, items: [(value: String, label: String)])?

        public init(
            shell: PageShell, heading: String, intro: [String], action: String, csrfToken: String, inputs: [Input], button: String,
            formError: String? = nil, links: [(text: String, path: String)] = []
        ) {
            self.shell = shell
            self.heading = heading
            self.intro = intro
            self.action = action
            self.csrfToken = csrfToken
            self.inputs = inputs
            self.button = button
            self.formError = formError
            self.links = links
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        var errors = model.inputs.compactMap { input in input.error.map { ErrorSummary.Item(anchorID: "konto-\(input.name)", message: $0) } }
        if let formError = model.formError {
            errors.insert(ErrorSummary.Item(anchorID: "konto-\(model.inputs.first?.name ?? "knopf")", message: formError), at: 0)
        }
        let inputs = model.inputs.map { input -> HTML in
            let type = TextInput.InputType(rawValue: input.type) ?? .text
            let control = TextInput(
                id: "konto-\(input.name)", name: input.name, value: type == .password ? "" : input.value, type: type,
                autocomplete: input.autocomplete, spellcheck: false, autocapitalize: false)
            return "\(control.field(input.label, hint: input.hint, error: input.error, errorPrefix: text.errorPrefix))"
        }
        let intro = model.intro.map { line -> HTML in "<p>\(line)</p>" }
        let links = model.links.map { link -> HTML in "<li><a href=\"\(link.path)\">\(link.text)</a></li>" }
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(errors, text))
                <h1>\(model.heading)</h1>
                \(HTML(intro, separator: "\n"))
                \(PostForm(action: model.action, csrfToken: model.csrfToken, noValidate: true, content: """
                    \(HTML(inputs, separator: "\n"))
                    \(checkboxes(model))
                    <button class="button" type="submit" id="konto-knopf">\(model.button)</button>
                    """))
                \(links.isEmpty ? HTML.empty : "<ul class=\"link-list\">\(HTML(links, separator: "\n"))</ul>")
                \(alternatives(model))
                """)
    }

    private static func checkboxes(_ model: Model) -> HTML {
        guard let group = model.checkboxes, !group.items.isEmpty else { return .empty }
        let items = group.items.enumerated().map { index, item -> HTML in
            Checkbox(id: "konto-\(group.name)-\(index)", name: group.name, value: item.value, label: item.label).html
        }
        return """
            <fieldset class="field">
            <legend>\(group.legend)</legend>
            \(HTML(items, separator: "\n"))
            </fieldset>
            """
    }

    private static func alternatives(_ model: Model) -> HTML {
        guard let alternatives = model.alternatives, !alternatives.buttons.isEmpty else { return .empty }
        return """
            <h2>\(alternatives.heading)</h2>
            \(PostButton.render(alternatives.buttons, csrfToken: model.csrfToken))
            """
    }
}
