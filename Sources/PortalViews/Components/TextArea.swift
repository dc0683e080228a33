/// A text input of several lines.
public struct TextArea: HTMLComponent {
    public var id: String
    public var name: String
    public var value: String
    public var rows: Int
    public var describedBy: String?
    public var isInvalid: Bool

    public init(id: String, name: String, value: String = "", rows: Int = 5, describedBy: String? = nil, isInvalid: Bool = false) {
        self.id = id
        self.name = name
        self.value = value
        self.rows = rows
        self.describedBy = describedBy
        self.isInvalid = isInvalid
    }

    public var html: HTML {
        """
        <textarea class="textarea" id="\(id)" name="\(name)" rows="\(rows)"\(attribute: "aria-describedby", describedBy)\(attribute: "aria-invalid", isInvalid ? "true" : nil)>\(value)</textarea>
        """
    }

    public func field(_ label: String, hint: String? = nil, error: String? = nil, errorPrefix: String? = nil) -> LabelledField {
        var area = self
        area.describedBy = [describedBy, LabelledField.describedBy(id: id, hint: hint, error: error)].compactMap { $0 }.joined(separator: " ").nilIfEmpty
        area.isInvalid = isInvalid || error != nil
        return LabelledField(id: id, label: label, hint: hint, error: error, errorPrefix: errorPrefix, control: area.html)
    }
}
