import PortalCore

/// A condition picked from lists (field, comparison, value or other field) with a field for a
/// written expression beside it, for what the lists cannot say. Works without JavaScript; used
/// for showing, requiring and forbidding a field and for the form's rules.
public struct ConditionPicker: Sendable {
    /// Input names start with it: `bedingung_feld`, `bedingung_vergleich` …
    public var prefix: String
    public var legend: String
    public var hint: String
    public var fields: [(value: String, label: String)]
    public var selectedField = ""
    public var comparison = "="
    public var value = ""
    public var otherField = ""
    public var expression = ""
    /// The first list's "none" entry ("immer anzeigen"); nil when a condition is required.
    public var noneLabel: String?

    public init(prefix: String, legend: String, hint: String, fields: [(value: String, label: String)], noneLabel: String?) {
        self.prefix = prefix
        self.legend = legend
        self.hint = hint
        self.fields = fields
        self.noneLabel = noneLabel
    }

    /// Fills the lists from a stored condition when they can show it, else the expression field.
    public mutating func show(_ condition: Condition?) {
        switch condition {
        case nil: return
        case .equals(let key, let literal)?:
            (selectedField, comparison, value) = (key, "=", Self.display(literal))
        case .not(.equals(let key, let literal))?:
            (selectedField, comparison, value) = (key, "!=", Self.display(literal))
        case .compare(let key, let op, let literal)?:
            (selectedField, comparison, value) = (key, op.rawValue, Self.display(literal))
        case .compareFields(let left, let op, let right)?:
            (selectedField, comparison, otherField) = (left, op.rawValue, right)
        case .notEmpty(let key)?:
            (selectedField, comparison) = (key, "ausgefuellt")
        case let other?:
            expression = FormExpression.text(other)
        }
        if !selectedField.isEmpty && !fields.contains(where: { $0.value == selectedField }) {
            // A field the lists do not offer (from an import): the expression keeps it visible.
            expression = FormExpression.text(condition!)
            (selectedField, comparison, value, otherField) = ("", "=", "", "")
        }
    }

    static func display(_ literal: ConditionValue) -> String {
        switch literal {
        case .text(let answer): answer
        case .number(let number): GermanFormat.number(number)
        case .date(let date): date.german
        case .bool(let flag): flag ? "ja" : "nein"
        }
    }

    public func render(_ text: EditorText) -> HTML {
        let comparisons: [(value: String, label: String)] = [
            ("=", text.comparisonEquals), ("!=", text.comparisonNotEquals), ("<", text.comparisonLess), ("<=", text.comparisonAtMost),
            (">", text.comparisonGreater), (">=", text.comparisonAtLeast), ("ausgefuellt", text.comparisonFilled),
        ]
        let first: [(value: String, label: String)] = noneLabel.map { [("", $0)] } ?? []
        return """
            <fieldset class="fieldset group" id="\(prefix)">
            <legend class="legend legend-group">\(legend)</legend>
            <p class="hint">\(hint)</p>
            \(FormControl.select("\(prefix)_feld", text.conditionField, first + fields, selected: selectedField))
            \(FormControl.select("\(prefix)_vergleich", text.comparison, comparisons, selected: comparison))
            \(FormControl.text("\(prefix)_wert", text.equals, value, hint: text.conditionValueHint))
            \(FormControl.select("\(prefix)_anderes", text.orOtherField, [("", text.noOtherField)] + fields, selected: otherField))
            \(FormControl.text("\(prefix)_ausdruck", text.expression, expression, hint: text.expressionHint))
            </fieldset>
            """
    }
}
