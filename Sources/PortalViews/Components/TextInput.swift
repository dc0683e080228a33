/// A one-line text input. `field(…)` puts it under its label with hint and error, wired up for
/// screen readers; pages with their own layout (the citizen form) use the bare input.
public struct TextInput: HTMLComponent {
    public enum InputType: String, Sendable {
        case text, email, tel, password, search
    }

    public var id: String
    public var name: String
    public var value: String
    public var type: InputType
    public var isShort: Bool
    public var autocomplete: String?
    public var inputMode: String?
    /// Addresses, IBANs and user names are not words.
    public var spellcheck: Bool
    public var autocapitalize: Bool
    public var placeholder: String?
    public var describedBy: String?
    public var isInvalid: Bool

    public init(
        id: String, name: String, value: String = "", type: InputType = .text, isShort: Bool = false, autocomplete: String? = nil,
        inputMode: String? = nil, spellcheck: Bool = true, autocapitalize: Bool = true, placeholder: String? = nil,
        describedBy: String? = nil, isInvalid: Bool = false
    ) {
        self.id = id
        self.name = name
        self.value = value
        self.type = type
        self.isShort = isShort
        self.autocomplete = autocomplete
        self.inputMode = inputMode
        self.spellcheck = spellcheck
        self.autocapitalize = autocapitalize
        self.placeholder = placeholder
        self.describedBy = describedBy
        self.isInvalid = isInvalid
    }

    public var html: HTML {
        """
        <input class="\(isShort ? "input input-short" : "input")" id="\(id)" name="\(name)" type="\(type.rawValue)" value="\(value)"\
        \(attribute: "autocomplete", autocomplete)\(attribute: "inputmode", inputMode)\(attribute: "spellcheck", spellcheck ? nil : "false")\
        \(attribute: "autocapitalize", autocapitalize ? nil : "none")\(attribute: "placeholder", placeholder)\
        \(attribute: "aria-describedby", describedBy)\(attribute: "aria-invalid", isInvalid ? "true" : nil)>
        """
    }

    /// The input under its label, with hint and error.
    public func field(_ label: String, hint: String? = nil, error: String? = nil, errorPrefix: String? = nil) -> LabelledField {
        var input = self
        let described = LabelledField.describedBy(id: id, hint: hint, error: error)
        input.describedBy = [describedBy, described].compactMap { $0 }.joined(separator: " ").nilIfEmpty
        input.isInvalid = isInvalid || error != nil
        return LabelledField(id: id, label: label, hint: hint, error: error, errorPrefix: errorPrefix, control: input.html)
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
