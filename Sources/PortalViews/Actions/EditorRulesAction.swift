/// The buttons on an editor's page of rules over several answers and the fee.
public enum EditorRulesAction: FormAction {
    case addRule
    /// A rule by its 0-based index.
    case deleteRule(Int)
    /// The fee from the choices ("je Eintrag", fixed amount).
    case pickFee
    /// The fee as a written expression.
    case writeFee
    case removeFee

    public var value: String {
        switch self {
        case .addRule: "regel-hinzufuegen"
        case .deleteRule(let index): "regel-loeschen:\(index)"
        case .pickFee: "gebuehr-auswahl"
        case .writeFee: "gebuehr-ausdruck"
        case .removeFee: "gebuehr-entfernen"
        }
    }

    public init?(value: String) {
        let posted = ActionValue(value)
        switch (posted.verb, posted.arguments.isEmpty) {
        case ("regel-hinzufuegen", true): self = .addRule
        case ("regel-loeschen", false):
            guard let index = posted.number else { return nil }
            self = .deleteRule(index)
        case ("gebuehr-auswahl", true): self = .pickFee
        case ("gebuehr-ausdruck", true): self = .writeFee
        case ("gebuehr-entfernen", true): self = .removeFee
        default: return nil
        }
    }
}
