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
    public var fixedValue: String?

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
        fixedValue = field.fixedValue
    }

    /// The element the error summary links to: the input, or the first option of a choice.
    public var anchorID: String { "feld-\(key)" }

    public func render(_ text: Strings) -> HTML {
        let id = anchorID
        let formatHint: String? = switch kind {
        case .date: text.dateHint
        case .time: text.timeHint
        case .dateTime: text.dateTimeHint
        case .money: text.moneyHint
        default: nil
        }
        let hintID = hint != nil || formatHint != nil ? "\(id)-hinweis" : nil
        let errorID = error != nil ? "\(id)-fehler" : nil
        let describedBy = [hintID, errorID].compactMap { $0 }.joined(separator: " ")
        let described = describedBy.isEmpty ? nil : describedBy
        let mark: HTML = "<span class=\"mark\">\(isRequired ? text.requiredMark : text.optionalMark)</span>"
        let hintText = [hint, formatHint].compactMap { $0 }.joined(separator: " ")
        let hintHTML: HTML = hintID.map { "<p class=\"hint\" id=\"\($0)\">\(hintText)</p>" } ?? .empty
        let errorHTML: HTML = errorID.map { "<p class=\"error-message\" id=\"\($0)\"><span class=\"visually-hidden\">\(text.errorPrefix) </span>\(error ?? "")</p>" } ?? .empty
        let invalid = error != nil ? "true" : nil
        let value = values.first ?? ""
        let groupClass = error != nil ? "field field-error" : "field"

        switch kind {
        case .text, .email, .phone, .integer, .decimal, .date, .money, .time, .dateTime, .iban:
            let type = kind == .email ? "email" : kind == .phone ? "tel" : "text"
            let inputMode: String? = switch kind {
            case .integer, .time: "numeric"
            case .decimal, .money: "decimal"
            default: nil
            }
            let width = [.integer, .decimal, .date, .money, .time, .dateTime].contains(kind) ? "input input-short" : "input"
            let noSpellcheck = kind == .email || kind == .iban
            return """
            <div class="\(groupClass)">
            <label class="label" for="\(id)">\(label) \(mark)</label>
            \(hintHTML)\(errorHTML)<input class="\(width)" id="\(id)" name="\(key)" type="\(type)" value="\(value)"\(attribute: "autocomplete", autocomplete)\(attribute: "inputmode", inputMode)\(attribute: "spellcheck", noSpellcheck ? "false" : nil)\(attribute: "aria-describedby", described)\(attribute: "aria-invalid", invalid)>
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
        case .staticText:
            return """
            <div class="field static-text">
            <p class="label">\(label)</p>
            \(hint.map { hint -> HTML in "<p>\(hint)</p>" } ?? .empty)
            </div>
            """
        case .readOnly:
            return """
            <div class="field">
            <p class="label">\(label)</p>
            <p class="read-only">\(fixedValue ?? "")</p>
            </div>
            """
        case .hidden:
            // The value comes from the form on the server; nothing to show and nothing to tamper with.
            return .empty
        }
    }
}
