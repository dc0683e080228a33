/// A checkbox or radio button with its label to the right, as GOV.UK and KERN draw choices.
public struct Checkbox: HTMLComponent {
    public enum Kind: String, Sendable {
        case checkbox, radio
    }

    public var id: String
    public var name: String
    public var value: String
    public var label: HTML
    public var kind: Kind
    public var isChecked: Bool
    public var describedBy: String?
    public var isInvalid: Bool
    /// The block of questions this answer reveals.
    public var controls: String?

    public init(
        id: String, name: String, value: String = "true", label: HTML, kind: Kind = .checkbox, isChecked: Bool = false,
        describedBy: String? = nil, isInvalid: Bool = false, controls: String? = nil
    ) {
        self.id = id
        self.name = name
        self.value = value
        self.label = label
        self.kind = kind
        self.isChecked = isChecked
        self.describedBy = describedBy
        self.isInvalid = isInvalid
        self.controls = controls
    }

    public init(
        id: String, name: String, value: String = "true", label: String, kind: Kind = .checkbox, isChecked: Bool = false,
        describedBy: String? = nil, isInvalid: Bool = false, controls: String? = nil
    ) {
        self.init(
            id: id, name: name, value: value, label: HTML(text: label), kind: kind, isChecked: isChecked, describedBy: describedBy,
            isInvalid: isInvalid, controls: controls)
    }

    public var html: HTML {
        """
        <div class="choice">
        <input class="choice-input" id="\(id)" name="\(name)" type="\(kind.rawValue)" value="\(value)"\(flag: "checked", isChecked)\
        \(attribute: "aria-describedby", describedBy)\(attribute: "aria-invalid", isInvalid ? "true" : nil)\(attribute: "aria-controls", controls)>
        <label class="choice-label" for="\(id)">\(label)</label>
        </div>
        """
    }
}
