import Foundation
import PortalCore

/// Editing one field: label, hint, required, answers of a choice, limits, and its conditions.
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
        /// The builder's warnings about this field (long label, jargon …).
        public var warnings: [String] = []

        public init(
            shell: PageShell, serviceTitle: String, field: FormField, conditionFields: [(value: String, label: String)], action: String,
            backPath: String, csrfToken: String, revision: Int, error: String?
        ) {
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
            extra.append(
                FormControl.textarea(
                    "antworten", text.options, field.options.map { "\($0.label) | \($0.value)" }.joined(separator: "\n"), hint: text.optionsHint))
        }
        if field.kind.isTextual {
            extra.append(FormControl.text("min_laenge", text.minLength, rules.minLength.map(String.init) ?? "", short: true))
            extra.append(FormControl.text("max_laenge", text.maxLength, rules.maxLength.map(String.init) ?? "", short: true))
        }
        if field.kind.isTextual {
            extra.append(FormControl.text("muster", text.pattern, rules.pattern ?? "", hint: text.patternHint))
        }
        if field.kind == .date {
            extra.append(FormControl.text("frueheste_tage", text.earliestDays, rules.earliestDaysFromToday.map(String.init) ?? "", short: true))
            extra.append(FormControl.text("spaeteste_tage", text.latestDays, rules.latestDaysFromToday.map(String.init) ?? "", short: true))
        }
        if field.kind == .file {
            extra.append(FormControl.text("max_mb", text.maxMegabytes, GermanFormat.number(Decimal(rules.fileLimit) / 1_048_576), short: true))
            extra.append(FormControl.text("max_dateien", text.maxFiles, String(rules.fileCount), short: true))
            let types = FieldConstraints.offeredMediaTypes.enumerated().map { index, type -> HTML in
                Checkbox(
                    id: "e-dateiart-\(index)", name: "dateiarten", value: type, label: FieldConstraints.typeNames([type]),
                    isChecked: rules.allowedMediaTypes.contains(type)
                ).html
            }
            extra.append(
                """
                <div class="field">
                <fieldset class="fieldset">
                <legend class="legend">\(text.fileTypes)</legend>
                <div class="choices">
                \(HTML(types, separator: "\n"))
                </div>
                </fieldset>
                </div>
                """)
        }
        if field.kind.isNumeric || field.kind == .money {
            extra.append(FormControl.text("minimum", text.minimum, rules.min.map { GermanFormat.number($0) } ?? "", short: true))
            extra.append(FormControl.text("maximum", text.maximum, rules.max.map { GermanFormat.number($0) } ?? "", short: true))
        }
        if field.kind == .hidden || field.kind == .readOnly {
            extra.append(FormControl.text("fester_wert", text.fixedValue, field.fixedValue ?? ""))
        }
        let purposes = ApplicantPurpose.offered(for: field.kind)
        if !purposes.isEmpty {
            let options = [(value: "", label: text.purposeNone)] + purposes.map { (value: $0, label: text.purposeName($0)) }
            extra.append(FormControl.select("bedeutung", text.purpose, options, selected: field.autocomplete ?? "", hint: text.purposeHint))
        }
        if field.kind == .group {
            let repetition = field.repetition ?? Repetition(min: 0, max: 10, itemName: "")
            extra.append(
                """
                <fieldset class="fieldset group">
                <legend class="legend legend-group">\(text.repeatableGroup)</legend>
                \(FormControl.checkbox("wiederholbar", text.repeatable, checked: field.isRepeatable))
                \(FormControl.text("min_eintraege", text.minEntries, String(repetition.min), short: true))
                \(FormControl.text("max_eintraege", text.maxEntries, String(repetition.max), short: true))
                \(FormControl.text("eintrag_name", text.itemName, repetition.itemName, hint: text.itemNameHint))
                </fieldset>
                """)
        }
        var show = ConditionPicker(prefix: "bedingung", legend: text.showIf, hint: text.showIfHint, fields: model.conditionFields, noneLabel: text.always)
        show.show(field.showIf)
        var require = ConditionPicker(
            prefix: "pflicht_wenn", legend: text.requireIf, hint: text.requireIfHint, fields: model.conditionFields, noneLabel: text.noCondition)
        require.show(field.requireIf)
        var forbid = ConditionPicker(
            prefix: "verboten_wenn", legend: text.forbidIf, hint: text.forbidIfHint, fields: model.conditionFields, noneLabel: text.noCondition)
        forbid.show(field.forbidIf)
        let hasConditions = field.showIf != nil || field.requireIf != nil || field.forbidIf != nil
        let condition: HTML =
            model.conditionFields.isEmpty && !hasConditions
            ? .empty
            : """
            \(show.render(text))
            \(field.kind == .group || field.kind == .staticText ? HTML.empty : """
                <details\(flag: "open", field.requireIf != nil || field.forbidIf != nil)>
                <summary>\(text.moreConditions)</summary>
                \(field.kind.takesInput || field.kind == .file ? require.render(text) : .empty)
                \(forbid.render(text))
                </details>
                """)
            """
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(text.backToStep)</a></p>
                \(FormControl.error(model.error, title: text.errorTitle))
                <p class="caption">\(model.serviceTitle) · \(text.kindName(field.kind))</p>
                <h1>\(field.label)</h1>
                \(model.warnings.isEmpty ? HTML.empty : "<div class=\"notice\"><h2>\(text.fieldWarnings)</h2><ul>\(HTML(model.warnings.map { warning -> HTML in "<li>\(warning)</li>" }))</ul></div>")
                <aside class="guidance" aria-labelledby="schreibhinweise">
                <h2 id="schreibhinweise">\(text.guidance)</h2>
                <ul>\(HTML((text.fieldGuidance + [text.kindGuidance(field.kind)].compactMap { $0 }).map { line -> HTML in "<li>\(line)</li>" }))</ul>
                </aside>
                \(PostForm(action: model.action, csrfToken: model.csrfToken, hidden: [("revision", String(model.revision))], content: """
                    \(FormControl.textarea("beschriftung", text.label, field.label, rows: 2))
                    \(FormControl.textarea("hinweis", text.hint, field.hint ?? "", rows: 2))
                    \(field.kind.takesInput || field.kind == .file ? FormControl.checkbox("pflicht", text.isRequired, checked: field.isRequired) : .empty)
                    \(HTML(extra, separator: "\n"))
                    \(condition)
                    <button class="button" type="submit">\(text.save)</button>
                    """))
                """)
    }
}
