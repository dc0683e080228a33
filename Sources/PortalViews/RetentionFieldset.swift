import PortalCore

/// The retention periods in the editor's privacy statement form: per stage a number and a unit,
/// and what becomes of closed cases. The controller reads the same names back.
public struct RetentionFieldset: Sendable {
    /// The form field names of a stage: German words, as the rest of the editor's form.
    public static func countName(_ stage: RetentionPolicy.Stage) -> String { "frist_\(slug(stage))" }
    public static func unitName(_ stage: RetentionPolicy.Stage) -> String { "frist_\(slug(stage))_einheit" }
    public static func countID(_ stage: RetentionPolicy.Stage) -> String { "e-\(countName(stage))" }
    public static let closedCaseActionName = "frist_abgeschlossen_umgang"

    static func slug(_ stage: RetentionPolicy.Stage) -> String {
        switch stage {
        case .abandonedDrafts: "entwuerfe"
        case .savedDrafts: "gespeichert"
        case .closedCases: "abgeschlossen"
        case .messages: "nachrichten"
        case .deliveredCopies: "uebergabe"
        case .auditRecords: "protokoll"
        }
    }

    public var policy: RetentionPolicy?
    /// What was typed, by field name, when the form comes back with an error.
    public var entered: [String: String]
    public var language: Language
    /// The period that was refused, with the message shown at its field.
    public var refused: (stage: RetentionPolicy.Stage, message: String)?

    public init(policy: RetentionPolicy?, entered: [String: String], language: Language, refused: (stage: RetentionPolicy.Stage, message: String)? = nil) {
        self.policy = policy
        self.entered = entered
        self.language = language
        self.refused = refused
    }

    public var html: HTML {
        let words = RetentionText.for(language)
        let units = RetentionPeriod.Unit.allCases.map { (value: $0.rawValue, label: words.unitName($0)) }
        let rows = RetentionPolicy.Stage.allCases.map { stage -> HTML in
            let period = policy?[stage]
            let count = entered[Self.countName(stage)] ?? period.map { "\($0.count)" } ?? ""
            let unit = entered[Self.unitName(stage)] ?? period?.unit.rawValue ?? RetentionPeriod.Unit.years.rawValue
            return """
                <div class="retention-row">
                \(TextInput(id: Self.countID(stage), name: Self.countName(stage), value: count, isShort: true, inputMode: "numeric").field("\(words.stage(stage)): \(words.count)", error: refused?.stage == stage ? refused?.message : nil))
                \(Select(id: "e-\(Self.unitName(stage))", name: Self.unitName(stage), options: units, selected: unit).field("\(words.stage(stage)): \(words.unit)"))
                </div>
                """
        }
        let actions = RetentionPolicy.Action.allCases.map { (value: $0.rawValue, label: words.action($0)) }
        return """
            <fieldset class="fieldset" id="speicherfristen">
            <legend class="legend">\(words.periodsLegend)</legend>
            <p class="hint">\(words.periodsHint)</p>
            \(HTML(rows, separator: "\n"))
            \(Select(id: "e-\(Self.closedCaseActionName)", name: Self.closedCaseActionName, options: actions, selected: entered[Self.closedCaseActionName] ?? (policy?.closedCaseAction ?? .anonymise).rawValue).field(words.closedCaseAction))
            </fieldset>
            """
    }
}
