import PortalCore

extension PrivacyText {
    public static let german = PrivacyText(
        controller: "Verantwortliche Stelle", dataProtectionOfficer: "Datenschutzbeauftragte", purposes: "Zwecke der Verarbeitung",
        legalBasis: "Rechtsgrundlage", categories: "Welche Daten wir verarbeiten", recipients: "Empfänger",
        thirdCountry: "Übermittlung in Drittländer", retention: "Wie lange wir Daten speichern", retentionDrafts: "Entwürfe",
        retentionSubmissions: "Anträge", retentionMessages: "Nachrichten", rights: "Ihre Rechte",
        rightsText:
            "Sie haben das Recht auf Auskunft (Art. 15 DSGVO), Berichtigung (Art. 16 DSGVO), Löschung (Art. 17 DSGVO), Einschränkung der Verarbeitung (Art. 18 DSGVO) und Widerspruch (Art. 21 DSGVO). Beruht eine Verarbeitung auf Ihrer Einwilligung, können Sie diese jederzeit für die Zukunft widerrufen.",
        complaint: "Beschwerde bei der Aufsichtsbehörde", obligation: "Müssen Sie die Angaben machen?", automated: "Automatisierte Entscheidungen",
        version: { number, date in "Stand: Fassung \(number) vom \(date)" },
        notYet: "Die Datenschutzhinweise für diese Leistung werden gerade erstellt. Bitte wenden Sie sich bei Fragen an die zuständige Stelle.",
        editorSection: "Datenschutzhinweise (Art. 13 DSGVO)",
        editorHint:
            "Ein Vorschlag ist vorausgefüllt (Datenkategorien aus den Fragen des Formulars). Jede Speicherung ergibt eine neue Fassung; jeder Antrag merkt sich die Fassung, die angezeigt wurde.",
        linesHint: "Ein Eintrag pro Zeile.",
        recordOfProcessingActivities: "Verzeichnis von Verarbeitungstätigkeiten",
        generatedFromTheServicesPrivacy:
            "Erzeugt aus den Datenschutzhinweisen der Leistungen (Art. 30 DSGVO). Als Datei: serviceportal privacy record --service KURZNAME --format md|csv."
    )
}
