import PortalCore

/// The admins' hand-over channels: every service's channels with a remove button each (and a new
/// secret for webhooks), the form for a new channel, and a new webhook secret shown this once.
public enum HandoverChannelsPage {
    public struct Row: Sendable {
        public var service: String
        public var kind: HandoverChannel.Kind
        public var target: String
        public var addedAt: String
        public var removeAction: String
        /// Only for webhooks.
        public var rotateAction: String?

        public init(service: String, kind: HandoverChannel.Kind, target: String, addedAt: String, removeAction: String, rotateAction: String?) {
            self.service = service
            self.kind = kind
            self.target = target
            self.addedAt = addedAt
            self.removeAction = removeAction
            self.rotateAction = rotateAction
        }
    }

    /// What was entered, kept after a refusal.
    public struct Entered: Sendable {
        public var service: String?
        public var kind: HandoverChannel.Kind?
        public var folder = ""
        public var url = ""
        public var attachReceipt = false
        public var destination = ""
        public var regionalKey = ""
        public var dataFormat = FITConnectAddress.DataFormat.json

        public init(service: String? = nil, kind: HandoverChannel.Kind? = nil) {
            self.service = service
            self.kind = kind
        }
    }

    /// Refusals by field.
    public struct Errors: Sendable {
        public var service: String?
        public var kind: String?
        public var folder: String?
        public var url: String?
        public var secret: String?
        public var destination: String?

        public init() {}

        public var isEmpty: Bool { [service, kind, folder, url, secret, destination].allSatisfy { $0 == nil } }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var rows: [Row]
        public var services: [(value: String, label: String)]
        public var addAction: String
        public var csrfToken: String
        public var entered = Entered()
        public var errors = Errors()
        /// A webhook secret just made: for which address, and the secret.
        public var secret: (url: String, secret: String)?

        public init(shell: PageShell, rows: [Row], services: [(value: String, label: String)], addAction: String, csrfToken: String) {
            self.shell = shell
            self.rows = rows
            self.services = services
            self.addAction = addAction
            self.csrfToken = csrfToken
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let words = HandoverText.for(text.language)
        let errors = [
            ("uebergabe-leistung", model.errors.service), ("uebergabe-weg-0", model.errors.kind), ("uebergabe-ordner", model.errors.folder),
            ("uebergabe-adresse", model.errors.url), ("uebergabe-geheimnis", model.errors.secret),
            ("uebergabe-zustellpunkt", model.errors.destination),
        ].compactMap { id, message in message.map { ErrorSummary.Item(anchorID: id, message: $0) } }
        let secret: HTML =
            model.secret.map { shown -> HTML in
                """
                <div class="notice" role="status">
                <p>\(words.secretShownOnce(shown.url))</p>
                <p><code class="api-secret">\(shown.secret)</code></p>
                </div>
                """
            } ?? .empty
        let rows = model.rows.map { row -> HTML in
            let label = "\(words.kind(row.kind)), \(row.service)"
            let rotate: HTML =
                row.rotateAction.map { path -> HTML in
                    """
                    \(PostForm(action: path, csrfToken: model.csrfToken, class: "inline-form",
                        content: "<button class=\"button button-secondary\" type=\"submit\">\(words.rotateSecret)<span class=\"visually-hidden\">: \(label)</span></button>"))
                    """
                } ?? .empty
            return """
                <tr><th scope="row">\(row.service)</th><td>\(words.kind(row.kind))</td><td>\(row.target)</td><td>\(row.addedAt)</td>\
                <td>\(rotate)\(PostForm(action: row.removeAction, csrfToken: model.csrfToken, class: "inline-form",
                    content: "<button class=\"button button-secondary\" type=\"submit\">\(words.remove)<span class=\"visually-hidden\">: \(label)</span></button>"))</td></tr>
                """
        }
        let table: HTML =
            rows.isEmpty
            ? "<p>\(words.noChannels)</p>"
            : """
            <div class="table-scroll">
            <table class="table">
            <caption class="visually-hidden">\(words.channelsTitle)</caption>
            <thead><tr><th scope="col">\(words.columnService)</th><th scope="col">\(words.columnChannel)</th><th scope="col">\(words.columnTarget)</th>\
            <th scope="col">\(words.columnAdded)</th><th scope="col"><span class="visually-hidden">\(words.remove)</span></th></tr></thead>
            <tbody>
            \(HTML(rows, separator: "\n"))
            </tbody>
            </table>
            </div>
            """
        let kinds = HandoverChannel.Kind.allCases.enumerated().map { index, kind -> HTML in
            """
            \(Checkbox(id: "uebergabe-weg-\(index)", name: "weg", value: kind.rawValue, label: words.kind(kind), kind: .radio,
                       isChecked: model.entered.kind == kind, describedBy: "uebergabe-weg-\(index)-hinweis").html)
            <p class="hint" id="uebergabe-weg-\(index)-hinweis">\(words.kindHint(kind))</p>
            """
        }
        let errorLine = { (message: String?) -> HTML in message.map { "<p class=\"error-message\">\(text.errorPrefix) \($0)</p>" } ?? .empty }
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(errors, text))
                \(secret)
                <h1>\(words.channelsTitle)</h1>
                <p>\(words.channelsIntro)</p>
                \(table)
                <h2>\(words.newChannel)</h2>
                \(PostForm(action: model.addAction, csrfToken: model.csrfToken, noValidate: true, content: """
                    <div class="\(model.errors.service == nil ? "field" : "field field-error")">
                    \(Select(id: "uebergabe-leistung", name: "leistung", options: [("", "–")] + model.services, selected: model.entered.service)
                        .field(words.fieldService))
                    \(errorLine(model.errors.service))
                    </div>
                    <div class="\(model.errors.kind == nil ? "field" : "field field-error")">
                    <fieldset class="fieldset">
                    <legend class="legend">\(words.fieldKind)</legend>
                    \(errorLine(model.errors.kind))
                    <div class="choices">
                    \(HTML(kinds, separator: "\n"))
                    </div>
                    </fieldset>
                    </div>
                    \(TextInput(id: "uebergabe-ordner", name: "ordner", value: model.entered.folder, autocomplete: "off", spellcheck: false,
                                autocapitalize: false, isInvalid: model.errors.folder != nil)
                        .field(words.fieldFolder, hint: words.folderHint, error: model.errors.folder, errorPrefix: text.errorPrefix))
                    \(TextInput(id: "uebergabe-adresse", name: "adresse", value: model.entered.url, autocomplete: "off", spellcheck: false,
                                autocapitalize: false, isInvalid: model.errors.url != nil)
                        .field(words.fieldURL, hint: words.urlHint, error: model.errors.url, errorPrefix: text.errorPrefix))
                    \(TextInput(id: "uebergabe-geheimnis", name: "geheimnis", autocomplete: "off", spellcheck: false, autocapitalize: false,
                                isInvalid: model.errors.secret != nil)
                        .field(words.fieldSecret, hint: words.secretHint, error: model.errors.secret, errorPrefix: text.errorPrefix))
                    <div class="field">
                    \(Checkbox(id: "uebergabe-anhang", name: "anhang", value: "ja", label: words.attachReceipt, isChecked: model.entered.attachReceipt,
                               describedBy: "uebergabe-anhang-hinweis").html)
                    <p class="hint" id="uebergabe-anhang-hinweis">\(words.attachReceiptHint)</p>
                    </div>
                    \(TextInput(id: "uebergabe-zustellpunkt", name: "zustellpunkt", value: model.entered.destination, autocomplete: "off", spellcheck: false,
                                autocapitalize: false, isInvalid: model.errors.destination != nil)
                        .field(words.fieldDestination, hint: words.destinationHint, error: model.errors.destination, errorPrefix: text.errorPrefix))
                    \(TextInput(id: "uebergabe-regionalschluessel", name: "regionalschluessel", value: model.entered.regionalKey, autocomplete: "off",
                                inputMode: "numeric", spellcheck: false, autocapitalize: false)
                        .field(words.fieldRegionalKey, hint: words.regionalKeyHint))
                    \(Select(id: "uebergabe-fachdaten", name: "fachdaten",
                             options: FITConnectAddress.DataFormat.allCases.map { (value: $0.rawValue, label: words.dataFormat($0)) },
                             selected: model.entered.dataFormat.rawValue)
                        .field(words.fieldDataFormat))
                    <button class="button" type="submit">\(words.add)</button>
                    """))
                """)
    }
}
