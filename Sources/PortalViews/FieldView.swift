import PortalCore

/// One question as the form step page shows it: the field, what was entered, and its error.
public struct FieldView: Sendable {
    public var key: String
    public var kind: FieldKind
    public var label: String
    public var hint: String?
    public var isRequired: Bool
    public var options: [ChoiceOption]
    /// The values as entered (all values for multiple choice).
    public var values: [String]
    public var error: String?
    public var autocomplete: String?

    public init(field: FormField, values: [String], error: String?) {
        key = field.key
        kind = field.kind
        label = field.label
        hint = field.hint
        isRequired = field.isRequired
        options = field.options
        self.values = values
        self.error = error
        autocomplete = field.autocomplete
    }

    /// The element the error summary links to: the input, or the first option of a choice.
    public var anchorID: String { "feld-\(key)" }

    public func render(_ text: Strings) -> HTML {
        let id = anchorID
        let hintID = hint != nil || kind == .date ? "\(id)-hinweis" : nil
        let errorID = error != nil ? "\(id)-fehler" : nil
        let describedBy = [hintID, errorID].compactMap { $0 }.joined(separator: " ")
        let described = describedBy.isEmpty ? nil : describedBy
        let mark: HTML = "<span class=\"mark\">\(isRequired ? text.requiredMark : text.optionalMark)</span>"
        let hintText = kind == .date ? [hint, text.dateHint].compactMap { $0 }.joined(separator: " ") : hint
        let hintHTML: HTML = hintID.map { "<p class=\"hint\" id=\"\($0)\">\(hintText ?? "")</p>" } ?? .empty
        let errorHTML: HTML = errorID.map { "<p class=\"error-message\" id=\"\($0)\"><span class=\"visually-hidden\">\(text.errorPrefix) </span>\(error ?? "")</p>" } ?? .empty
        let invalid = error != nil ? "true" : nil
        let value = values.first ?? ""
        let groupClass = error != nil ? "field field-error" : "field"

        switch kind {
        case .text, .email, .phone, .integer, .decimal, .date:
            let type = kind == .email ? "email" : kind == .phone ? "tel" : "text"
            let inputMode: String? = kind == .integer ? "numeric" : kind == .decimal ? "decimal" : nil
            let width = kind == .integer || kind == .decimal || kind == .date ? "input input-short" : "input"
            return """
            <div class="\(groupClass)">
            <label class="label" for="\(id)">\(label) \(mark)</label>
            \(hintHTML)\(errorHTML)<input class="\(width)" id="\(id)" name="\(key)" type="\(type)" value="\(value)"\(attribute: "autocomplete", autocomplete)\(attribute: "inputmode", inputMode)\(attribute: "spellcheck", kind == .email ? "false" : nil)\(attribute: "aria-describedby", described)\(attribute: "aria-invalid", invalid)>
            </div>
            """
        case .longText:
            return """
            <div class="\(groupClass)">
            <label class="label" for="\(id)">\(label) \(mark)</label>
            \(hintHTML)\(errorHTML)<textarea class="textarea" id="\(id)" name="\(key)" rows="5"\(attribute: "aria-describedby", described)\(attribute: "aria-invalid", invalid)>\(value)</textarea>
            </div>
            """
        case .singleChoice, .multipleChoice, .yesNo:
            let type = kind == .multipleChoice ? "checkbox" : "radio"
            let choices = kind == .yesNo
                ? [ChoiceOption(value: "true", label: text.yes), ChoiceOption(value: "false", label: text.no)]
                : options
            let items = choices.enumerated().map { index, option -> HTML in
                let optionID = index == 0 ? id : "\(id)-\(index)"
                return """
                <div class="choice">
                <input class="choice-input" id="\(optionID)" name="\(key)" type="\(type)" value="\(option.value)"\(flag: "checked", values.contains(option.value))>
                <label class="choice-label" for="\(optionID)">\(option.label)</label>
                </div>
                """
            }
            return """
            <div class="\(groupClass)">
            <fieldset class="fieldset"\(attribute: "aria-describedby", described)>
            <legend class="legend">\(label) \(mark)</legend>
            \(hintHTML)\(errorHTML)<div class="choices">
            \(HTML(items, separator: "\n"))
            </div>
            </fieldset>
            </div>
            """
        case .consent:
            return """
            <div class="\(groupClass)">
            \(hintHTML)\(errorHTML)<div class="choice">
            <input class="choice-input" id="\(id)" name="\(key)" type="checkbox" value="true"\(flag: "checked", value == "true")\(attribute: "aria-describedby", described)\(attribute: "aria-invalid", invalid)>
            <label class="choice-label" for="\(id)">\(label) \(mark)</label>
            </div>
            </div>
            """
        case .file:
            return """
            <div class="field">
            <p class="label">\(label)</p>
            <p class="hint">\(text.fileLater)</p>
            </div>
            """
        }
    }
}
