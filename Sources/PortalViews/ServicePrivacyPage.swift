import PortalCore

/// A service's privacy statement as citizens read it (Art. 13 GDPR).
public enum ServicePrivacyPage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var heading: String
        public var statement: PrivacyStatement?
        public var updatedOn: String
        public var backPath: String

        public init(shell: PageShell, heading: String, statement: PrivacyStatement?, updatedOn: String, backPath: String) {
            self.shell = shell
            self.heading = heading
            self.statement = statement
            self.updatedOn = updatedOn
            self.backPath = backPath
        }
    }

    public static func render(_ model: Model) -> HTML {
        let text = PrivacyText.for(model.shell.strings.language)
        guard let statement = model.statement else {
            return Layout.render(
                model.shell,
                main: """
                    <p><a class="back-link" href="\(model.backPath)">\(model.shell.strings.back)</a></p>
                    <h1>\(model.heading)</h1>
                    <p>\(text.notYet)</p>
                    """)
        }
        func section(_ title: String, _ body: String) -> HTML {
            body.isEmpty ? .empty : "<h2>\(title)</h2>\n<p>\(body)</p>"
        }
        func list(_ title: String, _ items: [String]) -> HTML {
            items.isEmpty ? .empty : "<h2>\(title)</h2>\n<ul>\(HTML(items.map { item -> HTML in "<li>\(item)</li>" }))</ul>"
        }
        let retention = [
            (text.retentionDrafts, statement.retentionDrafts), (text.retentionSubmissions, statement.retentionSubmissions),
            (text.retentionMessages, statement.retentionMessages),
        ].filter { !$0.1.isEmpty }
        let words = RetentionText.for(model.shell.strings.language)
        // The machine-readable periods, which the portal enforces, under the editors' own words.
        let periods: HTML =
            statement.retention.map { policy -> HTML in
                let rows = RetentionPolicy.Stage.allCases.compactMap { stage -> HTML? in
                    policy[stage].map { period -> HTML in
                        let kept = words.kept(period, stage == .closedCases ? policy.closedCaseAction : .delete)
                        return "<div class=\"summary-row\"><dt>\(words.stage(stage))</dt><dd>\(kept)</dd></div>"
                    }
                }
                return "<h3>\(words.periodsHeading)</h3>\n<dl class=\"summary\" id=\"speicherfristen\">\(HTML(rows))</dl>"
            } ?? .empty
        return Layout.render(
            model.shell,
            main: """
                <p><a class="back-link" href="\(model.backPath)">\(model.shell.strings.back)</a></p>
                <h1>\(model.heading)</h1>
                <p class="caption">\(text.version(statement.version, model.updatedOn))</p>
                \(section(text.controller, statement.controller))
                \(section(text.dataProtectionOfficer, statement.dataProtectionOfficer))
                \(section(text.purposes, statement.purposes))
                \(section(text.legalBasis, statement.legalBasis))
                \(list(text.categories, statement.dataCategories))
                \(list(text.recipients, statement.recipients))
                \(section(text.thirdCountry, statement.thirdCountryTransfer))
                <h2>\(text.retention)</h2>
                <dl class="summary">\(HTML(retention.map { row -> HTML in "<div class=\"summary-row\"><dt>\(row.0)</dt><dd>\(row.1)</dd></div>" }))</dl>
                \(periods)
                \(section(text.rights, text.rightsText))
                \(section(text.complaint, statement.supervisoryAuthority))
                \(section(text.obligation, statement.obligation))
                \(section(text.automated, statement.automatedDecisions))
                """)
    }
}
