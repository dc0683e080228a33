/// A drop-down list of choices.
public struct Select: HTMLComponent {
    public var id: String
    public var name: String
    public var options: [(value: String, label: String)]
    public var selected: String?
    public var describedBy: String?

    public init(id: String, name: String, options: [(value: String, label: String)], selected: String?, describedBy: String? = nil) {
        self.id = id
        self.name = name
        self.options = options
        self.selected = selected
        self.describedBy = describedBy
    }

    public var html: HTML {
        let items = options.map { option -> HTML in
            "<option value=\"\(option.value)\"\(flag: "selected", option.value == selected)>\(option.label)</option>"
        }
        return """
            <select class="select" id="\(id)" name="\(name)"\(attribute: "aria-describedby", describedBy)>
            \(HTML(items, separator: "\n"))
            </select>
            """
    }

    public func field(_ label: String, hint: String? = nil) -> LabelledField {
        var select = self
        select.describedBy = [describedBy, LabelledField.describedBy(id: id, hint: hint, error: nil)].compactMap { $0 }.joined(separator: " ").nilIfEmpty
        return LabelledField(id: id, label: label, hint: hint, control: select.html)
    }
}
