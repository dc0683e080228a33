import PortalCore

/// The headings and fixed texts of a service's privacy statement, German first, English second.
public struct PrivacyText: Sendable {
    public let controller: String
    public let dataProtectionOfficer: String
    public let purposes: String
    public let legalBasis: String
    public let categories: String
    public let recipients: String
    public let thirdCountry: String
    public let retention: String
    public let retentionDrafts: String
    public let retentionSubmissions: String
    public let retentionMessages: String
    public let rights: String
    public let rightsText: String
    public let complaint: String
    public let obligation: String
    public let automated: String
    public let version: @Sendable (Int, String) -> String
    public let notYet: String
    public let editorSection: String
    public let editorHint: String
    public let linesHint: String

    public static let german = PrivacyText(
        controller: "Verantwortliche Stelle", dataProtectionOfficer: "Datenschutzbeauftragte", purposes: "Zwecke der Verarbeitung",
        legalBasis: "Rechtsgrundlage", categories: "Welche Daten wir verarbeiten", recipients: "Empfänger",
        thirdCountry: "Übermittlung in Drittländer", retention: "Wie lange wir Daten speichern", retentionDrafts: "Entwürfe",
        retentionSubmissions: "Anträge", retentionMessages: "Nachrichten", rights: "Ihre Rechte",
        rightsText: "Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Widerspruch (Art. 21 DSGVO). Beruht eine Verarbeitung auf Ihrer Einwilligung, können Sie diese jederzeit für die Zukunft widerrufen.",
        complaint: "Beschwerde bei der Aufsichtsbehörde", obligation: "Müssen Sie die Angaben machen?", automated: "Automatisierte Entscheidungen",
        version: { number, date in "Stand: Fassung \(number) vom \(date)" },
        notYet: "Die Datenschutzhinweise für diese Leistung werden gerade erstellt. Bitte wenden Sie sich bei Fragen an die zuständige Stelle.",
        editorSection: "Datenschutzhinweise (Art. 13 DSGVO)",
        editorHint: "Ein Vorschlag ist vorausgefüllt (Datenkategorien aus den Fragen des Formulars). Jede Speicherung ergibt eine neue Fassung; jeder Antrag merkt sich die Fassung, die angezeigt wurde.",
        linesHint: "Ein Eintrag pro Zeile."
    )

    public static let english = PrivacyText(
        controller: "Controller", dataProtectionOfficer: "Data protection officer", purposes: "Purposes of processing",
        legalBasis: "Legal basis", categories: "Which data we process", recipients: "Recipients",
        thirdCountry: "Transfers to third countries", retention: "How long we keep data", retentionDrafts: "Drafts",
        retentionSubmissions: "Applications", retentionMessages: "Messages", rights: "Your rights",
        rightsText: "You have the right of access (Art. 15 GDPR), rectification (Art. 16 GDPR), erasure (Art. 17 GDPR), restriction of processing (Art. 18 GDPR) and to object (Art. 21 GDPR). Where processing is based on your consent, you can withdraw it at any time for the future.",
        complaint: "Complaint to the supervisory authority", obligation: "Do you have to give the data?", automated: "Automated decisions",
        version: { number, date in "Version \(number) of \(date)" },
        notYet: "The privacy statement for this service is being prepared. Please contact the responsible office with any questions.",
        editorSection: "Privacy statement (Art. 13 GDPR)",
        editorHint: "A proposal is filled in (data categories from the form's questions). Every save makes a new version; each application records the version it was shown.",
        linesHint: "One entry per line."
    )

    public static func `for`(_ language: Language) -> PrivacyText {
        language == .german ? german : english
    }
}
