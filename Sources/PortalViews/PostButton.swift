/// A button that sends a POST on its own (sign in with a provider, disconnect it): a small form
/// with the CSRF token, so it works without JavaScript.
public struct PostButton: Sendable {
    public var label: String
    public var action: String
    public var secondary: Bool

    public init(label: String, action: String, secondary: Bool = true) {
        self.label = label
        self.action = action
        self.secondary = secondary
    }

    public func render(csrfToken: String) -> HTML {
        """
        <form method="post" action="\(action)" class="inline-form">
        <input type="hidden" name="_csrf" value="\(csrfToken)">
        <button class="\(secondary ? "button button-secondary" : "button")" type="submit">\(label)</button>
        </form>
        """
    }

    public static func render(_ buttons: [PostButton], csrfToken: String) -> HTML {
        HTML(buttons.map { $0.render(csrfToken: csrfToken) }, separator: "\n")
    }
}
