/// Labelled controls for the staff pages, named by their form field: `e-<name>` is the id unless
/// another is given, so the editor's error summary can link to the control.
public enum FormControl {
    public static func text(_ name: String, _ label: String, _ value: String, id: String? = nil, hint: String? = nil, short: Bool = false) -> HTML {
        TextInput(id: id ?? "e-\(name)", name: name, value: value, isShort: short).field(label, hint: hint).html
    }

    public static func textarea(_ name: String, _ label: String, _ value: String, hint: String? = nil, rows: Int = 4) -> HTML {
        TextArea(id: "e-\(name)", name: name, value: value, rows: rows).field(label, hint: hint).html
    }

    public static func select(
        _ name: String, _ label: String, _ options: [(value: String, label: String)], selected: String?, id: String? = nil,
        hint: String? = nil
    ) -> HTML {
        Select(id: id ?? "e-\(name)", name: name, options: options, selected: selected).field(label, hint: hint).html
    }

    public static func checkbox(_ name: String, _ label: String, checked: Bool) -> HTML {
        """
        <div class="field">
        \(Checkbox(id: "e-\(name)", name: name, label: label, isChecked: checked))
        </div>
        """
    }

    /// A one-button form posting an action; `revision` guards against concurrent edits.
    public static func actionButton(_ action: String, value: some FormAction, label: String, csrfToken: String, revision: Int?, secondary: Bool = true) -> HTML
    {
        PostForm(
            action: action, csrfToken: csrfToken, hidden: revision.map { [("revision", String($0))] } ?? [], class: "inline-action",
            content: "<button class=\"\(secondary ? "button-link" : "button")\" type=\"submit\" \(value.attributes)>\(label)</button>"
        ).html
    }

    /// The error box at the top of an editor page.
    public static func error(_ message: String?, title: String) -> HTML {
        guard let message else { return .empty }
        return """
            <div class="error-summary" role="alert" aria-labelledby="fehler-titel" tabindex="-1" id="fehlerliste">
            <h2 class="error-summary-title" id="fehler-titel">\(title)</h2>
            <p>\(message)</p>
            </div>
            """
    }
}
