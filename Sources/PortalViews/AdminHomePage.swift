/// The admins' start page: what can be administered, one link each.
public enum AdminHomePage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var staffPath: String
        public var pagesPath: String
        public var auditPath: String
        public var apiKeysPath: String
        public var orgUnitsPath: String
        public var settingsPath: String
        public var handoverPath: String
        public var statisticsPath: String
        public var paymentPlatformPath = ""
        public var paymentsPath = ""

        public init(
            shell: PageShell, staffPath: String, pagesPath: String, auditPath: String, apiKeysPath: String, orgUnitsPath: String, settingsPath: String,
            handoverPath: String, statisticsPath: String
        ) {
            self.statisticsPath = statisticsPath
            self.handoverPath = handoverPath
            self.settingsPath = settingsPath
            self.orgUnitsPath = orgUnitsPath
            self.apiKeysPath = apiKeysPath
            self.auditPath = auditPath
            self.shell = shell
            self.staffPath = staffPath
            self.pagesPath = pagesPath
        }
    }

    public static func render(_ model: Model) -> HTML {
        let words = StaffAdminText.for(model.shell.strings.language)
        let pages = PortalPagesText.for(model.shell.strings.language)
        let settings = PortalSettingsText.for(model.shell.strings.language)
        let handover = HandoverText.for(model.shell.strings.language)
        let payment = PaymentText.for(model.shell.strings.language)
        return Layout.render(
            model.shell,
            main: """
                <h1>\(words.administration)</h1>
                <p>\(words.administrationIntro)</p>
                <ul class="link-list">
                <li><a href="\(model.staffPath)">\(words.staffAccounts)</a>: \(words.staffAccountsDescription)</li>
                <li><a href="\(model.orgUnitsPath)">\(words.orgUnitsTitle)</a>: \(words.orgUnitsDescription)</li>
                <li><a href="\(model.apiKeysPath)">\(words.apiKeys)</a>: \(words.apiKeysDescription)</li>
                <li><a href="\(model.handoverPath)">\(handover.channelsTitle)</a>: \(handover.channelsDescription)</li>
                <li><a href="\(model.pagesPath)">\(pages.portalPages)</a>: \(words.portalPagesDescription)</li>
                <li><a href="\(model.settingsPath)">\(settings.title)</a>: \(settings.description)</li>
                \(model.paymentPlatformPath.isEmpty ? HTML.empty : "<li><a href=\"\(model.paymentPlatformPath)\">\(payment.platformTitle)</a>: \(payment.platformDescription)</li>")
                \(model.paymentsPath.isEmpty ? HTML.empty : "<li><a href=\"\(model.paymentsPath)\">\(payment.paymentsTitle)</a>: \(payment.paymentsDescription)</li>")
                <li><a href="\(model.statisticsPath)">\(StatisticsText.for(model.shell.strings.language).heading)</a>: \(words.statisticsDescription)</li>
                <li><a href="\(model.auditPath)">\(AuditText.for(model.shell.strings.language).title)</a>: \(words.auditDescription)</li>
                </ul>
                """)
    }
}
