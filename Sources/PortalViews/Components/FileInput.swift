/// A file chooser. `accept` lists what the server takes, so the browser offers only those files.
public struct FileInput: HTMLComponent {
    public var id: String
    public var name: String
    public var accept: String
    public var allowsSeveral: Bool
    public var describedBy: String?
    public var isInvalid: Bool

    public init(id: String, name: String, accept: String, allowsSeveral: Bool = false, describedBy: String? = nil, isInvalid: Bool = false) {
        self.id = id
        self.name = name
        self.accept = accept
        self.allowsSeveral = allowsSeveral
        self.describedBy = describedBy
        self.isInvalid = isInvalid
    }

    public var html: HTML {
        """
        <input class="file-input" id="\(id)" name="\(name)" type="file" accept="\(accept)"\(flag: "multiple", allowsSeveral)\
        \(attribute: "aria-describedby", describedBy)\(attribute: "aria-invalid", isInvalid ? "true" : nil)>
        """
    }

    public func field(_ label: String, hint: String? = nil, error: String? = nil) -> LabelledField {
        var input = self
        input.describedBy = [describedBy, LabelledField.describedBy(id: id, hint: hint, error: error)].compactMap { $0 }.joined(separator: " ").nilIfEmpty
        input.isInvalid = isInvalid || error != nil
        return LabelledField(id: id, label: label, hint: hint, error: error, control: input.html)
    }
}
