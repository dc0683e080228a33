import PortalCore

/// One step of a draft: its title, its fields (edit, move, delete) and a field to add.
public enum EditorStepPage {
    public struct FieldRow: Sendable {
        public var key: String
        public var label: String
        public var kind: FieldKind
        public var isRequired: Bool
        public var editPath: String?
        /// 0 for the step's own fields, 1 inside a group …
        public var depth = 0
        public var isRepeatable = false

        public init(key: String, label: String, kind: FieldKind, isRequired: Bool, editPath: String?) {
            self.key = key
            self.label = label
            self.kind = kind
            self.isRequired = isRequired
            self.editPath = editPath
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var serviceTitle: String
        public var stepNumber: Int
        public var stepTitle: String
        public var fields: [FieldRow]
        public var action: String
        public var previewPath: String
        public var backPath: String
        public var csrfToken: String
        public var revision: Int
        public var error: String?

        public init(
            shell: PageShell, serviceTitle: String, stepNumber: Int, stepTitle: String, fields: [FieldRow], action: String,
            previewPath: String, backPath: String, csrfToken: String, revision: Int, error: String?
        ) {
            self.shell = shell
            self.serviceTitle = serviceTitle
            self.stepNumber = stepNumber
            self.stepTitle = stepTitle
            self.fields = fields
            self.action = action
            self.previewPath = previewPath
            self.backPath = backPath
            self.csrfToken = csrfToken
            self.revision = revision
            self.error = error
        }
    }

    /// Kinds offered when adding a field.
    public static let addableKinds: [FieldKind] = [
        .text, .longText, .integer, .decimal, .money, .date, .time, .dateTime, .email, .phone, .iban,
        .singleChoice, .multipleChoice, .yesNo, .consent, .postalAddress, .location, .file, .staticText, .readOnly, .hidden, .group,
    ]

    public static func render(_ model: Model) -> HTML {
        let text = EditorText.for(model.shell.strings.language)
        let csrf = model.csrfToken
        let rows = model.fields.map { field -> HTML in
            let link: HTML = field.editPath.map { path -> HTML in "<a href=\"\(path)\">\(field.label)</a>" } ?? HTML(text: field.label)
            let name: HTML = field.depth == 0 ? link : "<span class=\"nested nested-\(min(field.depth, 3))\">↳ \(link)</span>"
            let kind = field.isRepeatable ? text.repeatableGroup : text.kindName(field.kind)
            return """
                <tr id="feld-\(field.key)"><td>\(name)</td><td>\(kind)</td><td>\(field.isRequired ? text.required : text.optional)</td>
                <td>\(FormControl.actionButton(model.action, value: EditorStepAction.moveFieldUp(field.key), label: "\(field.label): \(text.up)", csrfToken: csrf, revision: model.revision))
                \(FormControl.actionButton(model.action, value: EditorStepAction.moveFieldDown(field.key), label: "\(field.label): \(text.down)", csrfToken: csrf, revision: model.revision))
                \(FormControl.actionButton(model.action, value: EditorStepAction.deleteField(field.key), label: "\(field.label): \(text.delete)", csrfToken: csrf, revision: model.revision))</td></tr>
                """
        }
        let groups = model.fields.filter { $0.kind == .group }.map { (value: $0.key, label: text.placeInGroup($0.label)) }
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(text.backToService)</a></p>
                \(FormControl.error(model.error, title: text.errorTitle))
                <p class="caption">\(model.serviceTitle)</p>
                <h1>\(model.stepNumber). \(model.stepTitle)</h1>
                <p><a href="\(model.previewPath)">\(text.preview)</a></p>
                \(PostForm(action: model.action, csrfToken: csrf, hidden: [("revision", String(model.revision))], content: """
                    \(FormControl.text("titel", text.stepTitle, model.stepTitle))
                    <button class="button button-secondary" type="submit" \(EditorStepAction.rename.attributes)>\(text.rename)</button>
                    """))
                <aside class="guidance" aria-labelledby="schreibhinweise">
                <h2 id="schreibhinweise">\(text.guidance)</h2>
                <ul>\(HTML(text.stepGuidance.map { line -> HTML in "<li>\(line)</li>" }))</ul>
                </aside>
                <h2>\(text.fields)</h2>
                <div class="table-scroll">
                <table class="table">
                <thead><tr><th scope="col">\(text.label)</th><th scope="col">\(text.kind)</th><th scope="col">\(text.required)</th><th scope="col"><span class="visually-hidden">\(text.edit)</span></th></tr></thead>
                <tbody>
                \(HTML(rows, separator: "\n"))
                </tbody>
                </table>
                </div>
                <h2 id="neues-feld">\(text.addField)</h2>
                \(PostForm(action: model.action, csrfToken: csrf, hidden: [("revision", String(model.revision))], content: """
                    \(FormControl.select("art", text.kind, addableKinds.map { ($0.rawValue, text.kindName($0)) }, selected: FieldKind.text.rawValue))
                    \(FormControl.text("beschriftung", text.label, "", id: "e-neues-feld"))
                    \(groups.isEmpty ? HTML.empty : FormControl.select("gruppe", text.placeIn, [("", text.placeInStep)] + groups, selected: ""))
                    <button class="button" type="submit" \(EditorStepAction.addField.attributes)>\(text.addField)</button>
                    """))
                """)
    }
}
