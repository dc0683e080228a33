/// A control with its label above it, then its hint and its error; hint and error are the
/// control's description (`aria-describedby`), the error also marks the field.
public struct LabelledField: HTMLComponent {
    public var id: String
    public var label: String
    public var hint: String?
    public var error: String?
    /// "Fehler:" before the error for screen readers, on pages that announce errors that way.
    public var errorPrefix: String?
    public var control: HTML

    public init(id: String, label: String, hint: String? = nil, error: String? = nil, errorPrefix: String? = nil, control: HTML) {
        self.id = id
        self.label = label
        self.hint = hint
        self.error = error
        self.errorPrefix = errorPrefix
        self.control = control
    }

    static func describedBy(id: String, hint: String?, error: String?) -> String? {
        [hint.map { _ in "\(id)-hinweis" }, error.map { _ in "\(id)-fehler" }].compactMap { $0 }.joined(separator: " ").nilIfEmpty
    }

    public var html: HTML {
        let hintHTML: HTML = hint.map { "<p class=\"hint\" id=\"\(id)-hinweis\">\($0)</p>" } ?? .empty
        let prefix: HTML = errorPrefix.map { "<span class=\"visually-hidden\">\($0) </span>" } ?? .empty
        let errorHTML: HTML = error.map { "<p class=\"error-message\" id=\"\(id)-fehler\">\(prefix)\($0)</p>" } ?? .empty
        return """
            <div class="\(error == nil ? "field" : "field field-error")">
            <label class="label" for="\(id)">\(label)</label>
            \(hintHTML)\(errorHTML)\(control)
            </div>
            """
    }
}
