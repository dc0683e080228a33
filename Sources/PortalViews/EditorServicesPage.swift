/// The editors' start: the services of their org units and a form to create one.
public enum EditorServicesPage {
    public struct Row: Sendable {
        public var title: String
        public var status: String
        public var path: String

        public init(title: String, status: String, path: String) {
            self.title = title
            self.status = status
            self.path = path
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var rows: [Row]
        public var orgUnits: [(value: String, label: String)]
        public var createAction: String
        public var csrfToken: String
        public var error: String?
        public var entered: (title: String, slug: String)
        /// The org unit chosen before a refused create, kept selected.
        public var enteredUnit: String?

        public init(
            shell: PageShell, rows: [Row], orgUnits: [(value: String, label: String)], createAction: String, csrfToken: String,
            error: String? = nil, entered: (title: String, slug: String) = ("", "")
        ) {
            self.shell = shell
            self.rows = rows
            self.orgUnits = orgUnits
            self.createAction = createAction
            self.csrfToken = csrfToken
            self.error = error
            self.entered = entered
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = EditorText.for(model.shell.strings.language)
        let rows = model.rows.map { row -> HTML in
            "<tr><td><a href=\"\(row.path)\">\(row.title)</a></td><td>\(row.status)</td></tr>"
        }
        return Layout.render(
            model.shell,
            main: """
                \(FormControl.error(model.error, title: text.errorTitle))
                <h1>\(text.area)</h1>
                <h2>\(text.services)</h2>
                <div class="table-scroll">
                <table class="table">
                <thead><tr><th scope="col">\(text.title)</th><th scope="col">\(text.status)</th></tr></thead>
                <tbody>
                \(HTML(rows, separator: "\n"))
                </tbody>
                </table>
                </div>
                <h2 id="neu">\(text.newService)</h2>
                \(PostForm(action: model.createAction, csrfToken: model.csrfToken, content: """
                    \(FormControl.text("titel", text.title, model.entered.title))
                    \(FormControl.text("kurzname", text.slug, model.entered.slug, hint: text.slugHint))
                    \(FormControl.select("stelle", text.orgUnit, model.orgUnits, selected: model.enteredUnit))
                    <button class="button" type="submit">\(text.create)</button>
                    """))
                """)
    }
}
