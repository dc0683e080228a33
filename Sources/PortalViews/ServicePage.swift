import PortalCore

/// A Leistung with everything SDG Art. 10 asks for, and the start button.
public enum ServicePage {
    public struct Model: Sendable {
        public var shell: PageShell
        public var service: Service
        public var responsibleOffice: String
        /// Nil when the service has no published form.
        public var startPath: String?
        public var privacyPath: String
        /// The contact form for this service.
        public var contactPath: String?

        public init(shell: PageShell, service: Service, responsibleOffice: String, startPath: String?, privacyPath: String) {
            self.shell = shell
            self.service = service
            self.responsibleOffice = responsibleOffice
            self.startPath = startPath
            self.privacyPath = privacyPath
        }
    }

    static func section(_ title: String, _ content: String) -> HTML {
        content.isEmpty ? .empty : "<h2>\(title)</h2>\n<p>\(content)</p>\n"
    }

    static func listSection(_ title: String, _ items: [String], ordered: Bool) -> HTML {
        guard !items.isEmpty else { return .empty }
        let entries = items.map { item -> HTML in "<li>\(item)</li>" }
        return ordered
            ? "<h2>\(title)</h2>\n<ol class=\"steps\">\(HTML(entries))</ol>\n"
            : "<h2>\(title)</h2>\n<ul>\(HTML(entries))</ul>\n"
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let service = model.service
        let contact = service.contact
        let requirement: HTML =
            service.minimumTrustLevel.map { level -> HTML in
                "<p>\(IdentityText.for(text.language).serviceRequirement(level.label(text.language)))</p>\n"
            } ?? .empty
        let start: HTML =
            model.startPath.map {
                "\(requirement)<p><a class=\"button button-start\" href=\"\($0)\" role=\"button\">\(text.applyOnline)</a></p>"
            } ?? "<p>\(text.notOnline)</p>"
        var contactLines: [HTML] = ["<dt>\(text.responsible)</dt><dd>\(model.responsibleOffice)</dd>"]
        if let phone = contact.phone {
            contactLines.append("<dt>\(text.phone)</dt><dd><a href=\"\(Contact.telephoneURI(phone))\">\(phone)</a></dd>")
        }
        if let email = contact.email { contactLines.append("<dt>\(text.email)</dt><dd><a href=\"mailto:\(email)\">\(email)</a></dd>") }
        if let address = contact.address { contactLines.append("<dt>\(text.address)</dt><dd>\(address)</dd>") }
        if let hours = contact.openingHours { contactLines.append("<dt>\(text.openingHours)</dt><dd>\(hours)</dd>") }
        return Layout.render(
            model.shell,
            main: """
                <h1>\(service.title)</h1>
                <p class="lead">\(service.summary)</p>
                \(start)
                <p><a href="\(model.privacyPath)">\(text.privacyOfService)</a></p>
                \(section(text.description, service.description))\(listSection(text.procedure, service.steps, ordered: true))\(listSection(text.documents, service.requiredDocuments, ordered: false))\(section(text.fees, service.feesText))\(section(text.deadlines, service.deadlines))\(section(text.processingTime, service.processingTime))\(section(text.legalBasis, service.legalBasis))\(section(text.redress, service.redress))<h2>\(text.contactHeading)</h2>
                <dl class="facts">
                \(HTML(contactLines, separator: "\n"))
                </dl>\(model.contactPath.map { path -> HTML in "\n<p><a href=\"\(path)\">\(ContactText.for(text.language).link)</a></p>" } ?? .empty)
                """)
    }
}
