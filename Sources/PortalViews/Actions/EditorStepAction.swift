/// The buttons on an editor's page of one step.
public enum EditorStepAction: FormAction {
    case rename
    case addField
    /// Fields by their key.
    case moveFieldUp(String)
    case moveFieldDown(String)
    case deleteField(String)

    public var value: String {
        switch self {
        case .rename: "umbenennen"
        case .addField: "feld-hinzufuegen"
        case .moveFieldUp(let key): "feld-hoch:\(key)"
        case .moveFieldDown(let key): "feld-runter:\(key)"
        case .deleteField(let key): "feld-loeschen:\(key)"
        }
    }

    public init?(value: String) {
        let posted = ActionValue(value)
        switch (posted.verb, posted.arguments.isEmpty) {
        case ("umbenennen", true): self = .rename
        case ("feld-hinzufuegen", true): self = .addField
        case ("feld-hoch", false):
            guard let key = posted.argument else { return nil }
            self = .moveFieldUp(key)
        case ("feld-runter", false):
            guard let key = posted.argument else { return nil }
            self = .moveFieldDown(key)
        case ("feld-loeschen", false):
            guard let key = posted.argument else { return nil }
            self = .deleteField(key)
        default: return nil
        }
    }
}
