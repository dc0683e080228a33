/// A button that sends a POST on its own (sign in with a provider, disconnect it): a small form
/// with the CSRF token, so it works without JavaScript.
public struct PostButton: Sendable {
    public var label: String
    public var action: String
    public var secondary: Bool
    /// A password field the action needs (connecting a provider to an account confirms with it).
    public var password: (id: String, label: String, error: String?)?

    public init(label: String, action: String, secondary: Bool = true, password: (id: String, label: String, error: String?)? = nil) {
        self.label = label
        self.action = action
        self.secondary = secondary
        self.password = password
    }

    public func render(csrfToken: String) -> HTML {
        let field =
            password.map { field -> HTML in
                "\(TextInput(id: field.id, name: "passwort", type: .password, autocomplete: "current-password").field(field.label, error: field.error))"
            } ?? .empty
        // With a field the form stands on its own lines, like every other form with inputs.
        return
            "\(PostForm(action: action, csrfToken: csrfToken, class: password == nil ? "inline-form" : nil, content: "\(field)<button class=\"\(secondary ? "button button-secondary" : "button")\" type=\"submit\">\(label)</button>"))"
    }

    public static func render(_ buttons: [PostButton], csrfToken: String) -> HTML {
        HTML(buttons.map { $0.render(csrfToken: csrfToken) }, separator: "\n")
    }
}
