/// A step of a draft exactly as citizens see its questions, without a form to send.
public enum EditorPreviewPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var stepTitle: String
        public var fields: [FieldView]
        public var backPath: String

        public init(shell: PageShell, stepTitle: String, fields: [FieldView], backPath: String) {
            self.shell = shell
            self.stepTitle = stepTitle
            self.fields = fields
            self.backPath = backPath
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = EditorText.for(model.shell.strings.language)
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(text.backToStep)</a></p>
                <div class="notice" role="note"><p>\(text.previewNote)</p></div>
                <h1>\(model.stepTitle)</h1>
                <div class="preview">
                \(FieldView.render(model.fields, model.shell.strings))
                </div>
                """)
    }
}
