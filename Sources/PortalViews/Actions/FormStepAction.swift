/// The buttons of a citizen's form step besides "Weiter".
public enum FormStepAction: FormAction {
    /// "Speichern und später weitermachen".
    case saveForLater
    /// Another entry of a repeatable group.
    case addEntry(group: String)
    /// Entry `number` (1-based) of a repeatable group.
    case removeEntry(group: String, number: Int)
    /// An uploaded file of a file field.
    case removeFile(field: String, id: String)

    public var value: String {
        switch self {
        case .saveForLater: "speichern"
        case .addEntry(let group): "hinzufuegen:\(group)"
        case .removeEntry(let group, let number): "entfernen:\(group):\(number)"
        case .removeFile(let field, let id): "datei-entfernen:\(field):\(id)"
        }
    }

    public init?(value: String) {
        let posted = ActionValue(value)
        switch (posted.verb, posted.arguments.count) {
        case ("speichern", 0): self = .saveForLater
        case ("hinzufuegen", 1) where !posted.arguments[0].isEmpty: self = .addEntry(group: posted.arguments[0])
        case ("entfernen", 2):
            guard let number = Int(posted.arguments[1]), !posted.arguments[0].isEmpty else { return nil }
            self = .removeEntry(group: posted.arguments[0], number: number)
        case ("datei-entfernen", 2) where !posted.arguments[0].isEmpty && !posted.arguments[1].isEmpty:
            self = .removeFile(field: posted.arguments[0], id: posted.arguments[1])
        default: return nil
        }
    }
}
