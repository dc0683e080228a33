/// The buttons on an editor's service page that work on the draft as a whole.
public enum EditorDraftAction: FormAction {
    case createDraft
    case discardDraft
    case deleteTestSubmissions
    case importFIM
    /// A published version comes back as a new draft.
    case restore(version: Int)
    case sendToReview
    /// Answer or close a remark of the review (by the remark's ID).
    case reply(comment: String)
    case resolve(comment: String)
    case addStep
    /// Steps by their 0-based index.
    case moveStepUp(Int)
    case moveStepDown(Int)
    case deleteStep(Int)

    public var value: String {
        switch self {
        case .createDraft: "entwurf-anlegen"
        case .discardDraft: "entwurf-verwerfen"
        case .deleteTestSubmissions: "testantraege-loeschen"
        case .importFIM: "fim-import"
        case .restore(let version): "wiederherstellen:\(version)"
        case .sendToReview: "zur-pruefung"
        case .reply(let comment): "antworten:\(comment)"
        case .resolve(let comment): "erledigt:\(comment)"
        case .addStep: "schritt-hinzufuegen"
        case .moveStepUp(let index): "schritt-hoch:\(index)"
        case .moveStepDown(let index): "schritt-runter:\(index)"
        case .deleteStep(let index): "schritt-loeschen:\(index)"
        }
    }

    public init?(value: String) {
        let posted = ActionValue(value)
        switch (posted.verb, posted.arguments.isEmpty) {
        case ("entwurf-anlegen", true): self = .createDraft
        case ("entwurf-verwerfen", true): self = .discardDraft
        case ("testantraege-loeschen", true): self = .deleteTestSubmissions
        case ("fim-import", true): self = .importFIM
        case ("zur-pruefung", true): self = .sendToReview
        case ("schritt-hinzufuegen", true): self = .addStep
        case ("wiederherstellen", false):
            guard let number = posted.number else { return nil }
            self = .restore(version: number)
        case ("antworten", false):
            guard let id = posted.argument else { return nil }
            self = .reply(comment: id)
        case ("erledigt", false):
            guard let id = posted.argument else { return nil }
            self = .resolve(comment: id)
        case ("schritt-hoch", false):
            guard let index = posted.number else { return nil }
            self = .moveStepUp(index)
        case ("schritt-runter", false):
            guard let index = posted.number else { return nil }
            self = .moveStepDown(index)
        case ("schritt-loeschen", false):
            guard let index = posted.number else { return nil }
            self = .deleteStep(index)
        default: return nil
        }
    }
}
