import PortalCore

/// The draft's rules over several answers and its computed fee, picked from lists or written as
/// expressions.
public enum EditorRulesPage {
    public struct Rule: Sendable {
        public var message: String
        public var fieldLabel: String
        public var condition: String

        public init(message: String, fieldLabel: String, condition: String) {
            self.message = message
            self.fieldLabel = fieldLabel
            self.condition = condition
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var serviceTitle: String
        public var rules: [Rule]
        public var fields: [(value: String, label: String)]
        public var numberFields: [(value: String, label: String)]
        /// The fee as an expression, nil when the form computes none.
        public var fee: String?
        public var action: String
        public var backPath: String
        public var csrfToken: String
        public var revision: Int
        public var error: String?
        /// What the editor entered when the page comes back with an error.
        public var entered: [String: String] = [:]

        public init(
            shell: PageShell, serviceTitle: String, rules: [Rule], fields: [(value: String, label: String)], numberFields: [(value: String, label: String)],
            fee: String?, action: String, backPath: String, csrfToken: String, revision: Int, error: String?
        ) {
            self.shell = shell
            self.serviceTitle = serviceTitle
            self.rules = rules
            self.fields = fields
            self.numberFields = numberFields
            self.fee = fee
            self.action = action
            self.backPath = backPath
            self.csrfToken = csrfToken
            self.revision = revision
            self.error = error
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = EditorText.for(model.shell.strings.language)
        let csrf = model.csrfToken
        let rules = model.rules.enumerated().map { index, rule -> HTML in
            """
            <li><p><strong>\(rule.message)</strong><br>\(text.ruleShownAt(rule.fieldLabel)) · <code>\(rule.condition)</code></p>
            \(FormControl.actionButton(model.action, value: EditorRulesAction.deleteRule(index), label: "\(text.delete): \(rule.message)", csrfToken: csrf, revision: model.revision))</li>
            """
        }
        var picker = ConditionPicker(prefix: "regel", legend: text.ruleCondition, hint: text.ruleConditionHint, fields: model.fields, noneLabel: nil)
        picker.selectedField = model.entered["regel_feld"] ?? ""
        picker.comparison = model.entered["regel_vergleich"] ?? "="
        picker.value = model.entered["regel_wert"] ?? ""
        picker.otherField = model.entered["regel_anderes"] ?? ""
        picker.expression = model.entered["regel_ausdruck"] ?? ""
        let ruleList: HTML = model.rules.isEmpty ? "<p>\(text.noRules)</p>" : "<ul class=\"editor-list\">\(HTML(rules, separator: "\n"))</ul>"
        let removeFee: HTML =
            model.fee == nil
            ? .empty
            : FormControl.actionButton(model.action, value: EditorRulesAction.removeFee, label: text.removeFee, csrfToken: csrf, revision: model.revision)
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(text.backToService)</a></p>
                \(FormControl.error(model.error, title: text.errorTitle))
                <p class="caption">\(model.serviceTitle)</p>
                <h1>\(text.rulesAndFee)</h1>
                <h2 id="regeln">\(text.rules)</h2>
                <p class="hint">\(text.rulesHint)</p>
                \(ruleList)
                <h3>\(text.addRule)</h3>
                \(PostForm(action: model.action, csrfToken: csrf, hidden: [("revision", String(model.revision))], content: """
                    \(picker.render(text))
                    \(FormControl.select("regel_meldung_feld", text.ruleMessageField, [("", text.ruleMessageFieldDefault)] + model.fields, selected: model.entered["regel_meldung_feld"] ?? ""))
                    \(FormControl.text("regel_meldung", text.ruleMessage, model.entered["regel_meldung"] ?? "", hint: text.ruleMessageHint))
                    <button class="button" type="submit" \(EditorRulesAction.addRule.attributes)>\(text.addRule)</button>
                    """))
                <h2 id="gebuehr">\(text.fee)</h2>
                <p>\(model.fee.map { fee -> HTML in "\(text.currentFee) <code>\(fee)</code>" } ?? "\(text.noFee)")</p>
                \(removeFee)
                <h3>\(text.feeFromLists)</h3>
                \(PostForm(action: model.action, csrfToken: csrf, hidden: [("revision", String(model.revision))], content: """
                    \(FormControl.text("gebuehr_grund", text.feeBase, model.entered["gebuehr_grund"] ?? "", short: true))
                    \(FormControl.select("gebuehr_je_feld", text.feePerField, [("", text.feeNoPerField)] + model.numberFields, selected: model.entered["gebuehr_je_feld"] ?? ""))
                    \(FormControl.text("gebuehr_je_betrag", text.feePerUnit, model.entered["gebuehr_je_betrag"] ?? "", short: true))
                    <button class="button" type="submit" \(EditorRulesAction.pickFee.attributes)>\(text.saveFee)</button>
                    """))
                <h3>\(text.feeAsExpression)</h3>
                \(PostForm(action: model.action, csrfToken: csrf, hidden: [("revision", String(model.revision))], content: """
                    \(FormControl.text("gebuehr_ausdruck", text.expression, model.entered["gebuehr_ausdruck"] ?? model.fee ?? "", hint: text.feeExpressionHint))
                    <button class="button button-secondary" type="submit" \(EditorRulesAction.writeFee.attributes)>\(text.saveFee)</button>
                    """))
                """)
    }
}
