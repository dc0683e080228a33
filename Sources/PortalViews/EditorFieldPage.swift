import PortalCore

/// Editing one field: label, hint, required, answers of a choice, limits, and a simple condition.
public enum EditorFieldPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var serviceTitle: String
        public var field: FormField
        /// Earlier fields a condition may refer to.
        public var conditionFields: [(value: String, label: String)]
        public var action: String
        public var backPath: String
        public var csrfToken: String
        public var revision: Int
        public var error: String?

        public init(shell: PageShell, serviceTitle: String, field: FormField, conditionFields: [(value: String, label: String)], action: String,
                    backPath: String, csrfToken: String, revision: Int, error: String?) {
            self.shell = shell
            self.serviceTitle = serviceTitle
            self.field = field
            self.conditionFields = conditionFields
            self.action = action
            self.backPath = backPath
            self.csrfToken = csrfToken
            self.revision = revision
            self.error = error
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = EditorText.for(model.shell.strings.language)
        let field = model.field
        let rules = field.constraints
        var extra: [HTML] = []
        if field.kind.hasOptions {
            extra.append(FormControl.textarea("antworten", text.options, field.options.map(\.label).joined(separator: "\n"), hint: text.optionsHint))
        }
        if field.kind.isTextual {
            extra.append(FormControl.text("min_laenge", text.minLength, rules.minLength.map(String.init) ?? "", short: true))
            extra.append(FormControl.text("max_laenge", text.maxLength, rules.maxLength.map(String.init) ?? "", short: true))
        }
        if field.kind.isNumeric || field.kind == .money {
            extra.append(FormControl.text("minimum", text.minimum, rules.min.map { GermanFormat.number($0) } ?? "", short: true))
            extra.append(FormControl.text("maximum", text.maximum, rules.max.map { GermanFormat.number($0) } ?? "", short: true))
        }
        if field.kind == .hidden || field.kind == .readOnly {
            extra.append(FormControl.text("fester_wert", text.fixedValue, field.fixedValue ?? ""))
        }
        var conditionField: String?
        var conditionValue = ""
        if case .equals(let key, let value)? = field.showIf {
            conditionField = key
            switch value {
            case .text(let answer): conditionValue = answer
            case .number(let number): conditionValue = GermanFormat.number(number)
            case .date(let date): conditionValue = date.german
            case .bool(let flag): conditionValue = flag ? "ja" : "nein"
            }
        }
        let condition: HTML = model.conditionFields.isEmpty ? .empty : """
        <fieldset class="fieldset group">
        <legend class="legend legend-group">\(text.showIf)</legend>
        <p class="hint">\(text.showIfHint)</p>
        \(FormControl.select("bedingung_feld", text.fields, [("", text.always)] + model.conditionFields, selected: conditionField ?? ""))
        \(FormControl.text("bedingung_wert", text.equals, conditionValue))
        </fieldset>
        """
        return Layout.render(model.shell, main: """
        <p><a class="back-link" href="\(model.backPath)">\(text.backToStep)</a></p>
        \(FormControl.error(model.error, title: text.errorTitle))
        <p class="caption">\(model.serviceTitle) · \(text.kindName(field.kind))</p>
        <h1>\(field.label)</h1>
        <form method="post" action="\(model.action)">
        <input type="hidden" name="_csrf" value="\(model.csrfToken)"><input type="hidden" name="revision" value="\(model.revision)">
        \(FormControl.textarea("beschriftung", text.label, field.label, rows: 2))
        \(FormControl.textarea("hinweis", text.hint, field.hint ?? "", rows: 2))
        \(field.kind.takesInput || field.kind == .file ? FormControl.checkbox("pflicht", text.isRequired, checked: field.isRequired) : .empty)
        \(HTML(extra, separator: "\n"))
        \(condition)
        <button class="button" type="submit">\(text.save)</button>
        </form>
        """)
    }
}
