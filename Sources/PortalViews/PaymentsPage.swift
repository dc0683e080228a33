import PortalCore

/// The Kasse's list of online payments for a period, with filters and a CSV download.
public enum PaymentsPage {
    public struct Row: Sendable {
        public var time: String
        public var reference: String
        public var service: String
        public var amount: String
        public var status: String
        public var method: String
        public var transaction: String
        public var booking: String

        public init(time: String, reference: String, service: String, amount: String, status: String, method: String, transaction: String, booking: String) {
            self.time = time
            self.reference = reference
            self.service = service
            self.amount = amount
            self.status = status
            self.method = method
            self.transaction = transaction
            self.booking = booking
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var action: String
        public var from: String
        public var to: String
        public var status: String
        public var service: String
        public var services: [(value: String, label: String)]
        public var errors: [(field: String, message: String)] = []
        public var rows: [Row] = []
        public var sum: String = ""
        /// The same list as CSV; nil while the filters are refused.
        public var csvPath: String?

        public init(shell: PageShell, action: String, from: String, to: String, status: String, service: String, services: [(value: String, label: String)]) {
            self.shell = shell
            self.action = action
            self.from = from
            self.to = to
            self.status = status
            self.service = service
            self.services = services
        }
    }

    public static func render(_ model: Model) -> HTML {
        let strings = model.shell.strings
        let text = PaymentText.for(strings.language)
        func error(_ field: String) -> String? { model.errors.first { $0.field == field }?.message }
        let summary = model.errors.map { ErrorSummary.Item(anchorID: "zahlungen-\($0.field)", message: $0.message) }
        let statuses = [("", text.allStatuses)] + PaymentStatus.allCases.map { ($0.rawValue, text.status($0)) }
        let filter = GetForm(
            action: model.action, class: "statistics-filter",
            content: """
                <div class="filter-row">
                \(TextInput(id: "zahlungen-von", name: "von", value: model.from, isShort: true).field(text.from, hint: text.dateHint, error: error("von"), errorPrefix: strings.errorPrefix))
                \(TextInput(id: "zahlungen-bis", name: "bis", value: model.to, isShort: true).field(text.to, hint: text.dateHint, error: error("bis"), errorPrefix: strings.errorPrefix))
                \(Select(id: "zahlungen-stand", name: "stand", options: statuses, selected: model.status).field(text.statusFilter))
                \(Select(id: "zahlungen-leistung", name: "leistung", options: [("", text.allServices)] + model.services, selected: model.service).field(text.serviceFilter))
                </div>
                <button class="button" type="submit">\(text.show)</button>
                """)
        let rows = model.rows.map { row -> HTML in
            """
            <tr><td>\(row.time)</td><td>\(row.reference)</td><td>\(row.service)</td><td class="numeric">\(row.amount)</td><td>\(row.status)</td>\
            <td>\(row.method)</td><td>\(row.transaction)</td><td>\(row.booking)</td></tr>
            """
        }
        let table: HTML =
            model.errors.isEmpty
            ? model.rows.isEmpty
                ? "<p>\(text.noPayments)</p>"
                : """
                <p>\(model.sum)</p>
                <div class="table-scroll" role="region" aria-label="\(text.paymentsTitle)" tabindex="0">
                <table class="table">
                <caption class="visually-hidden">\(text.paymentsTitle)</caption>
                <thead><tr><th scope="col">\(text.columnTime)</th><th scope="col">\(text.referenceLabel)</th><th scope="col">\(text.columnService)</th>\
                <th scope="col">\(text.amountLabel)</th><th scope="col">\(text.columnStatus)</th><th scope="col">\(text.columnMethod)</th>\
                <th scope="col">\(text.columnTransaction)</th><th scope="col">\(text.columnBooking)</th></tr></thead>
                <tbody>
                \(HTML(rows, separator: "\n"))
                </tbody>
                </table>
                </div>
                """
            : .empty
        return Layout.render(
            model.shell,
            main: """
                \(ErrorSummary.render(summary, strings))
                <h1>\(text.paymentsTitle)</h1>
                <p>\(text.paymentsIntro)</p>
                \(filter)
                \(table)
                \(model.csvPath.map { path -> HTML in "<p><a href=\"\(path)\">\(text.download)</a></p>" } ?? .empty)
                """)
    }
}
