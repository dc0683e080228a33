/// An entry of the record of processing activities (Art. 30 GDPR) for one service, generated from
/// its privacy statement, as Markdown or CSV.
public struct ProcessingRecord: Sendable {
    public var rows: [(label: String, value: String)]

    public init(service: Service, orgUnit: String) {
        let statement = service.privacy
        func value(_ text: String?) -> String { (text?.isEmpty ?? true) ? "fehlt" : text! }
        let retention = [("Entwürfe", statement?.retentionDrafts), ("Anträge", statement?.retentionSubmissions), ("Nachrichten", statement?.retentionMessages)]
            .compactMap { name, text in text.flatMap { $0.isEmpty ? nil : "\(name): \($0)" } }
        rows = [
            ("Bezeichnung der Verarbeitung", "Online-Antrag „\(service.title)“"),
            ("Zuständige Stelle", orgUnit),
            ("Verantwortliche Stelle", value(statement?.controller)),
            ("Datenschutzbeauftragte", value(statement?.dataProtectionOfficer)),
            ("Zwecke", value(statement?.purposes)),
            ("Rechtsgrundlage", value(statement?.legalBasis)),
            ("Betroffene Personen", "Antragstellende und die im Antrag genannten Personen"),
            ("Kategorien personenbezogener Daten", value(statement?.dataCategories.joined(separator: "; "))),
            ("Empfänger", value(statement?.recipients.joined(separator: "; "))),
            ("Übermittlung in Drittländer", value(statement?.thirdCountryTransfer)),
            ("Löschfristen", value(retention.joined(separator: "; "))),
            ("Technische und organisatorische Maßnahmen", "Siehe Sicherheitskonzept des Serviceportals (Art. 32 DSGVO)"),
            ("Fassung der Datenschutzhinweise", statement.map { "\($0.version)" } ?? "fehlt"),
        ]
    }

    public var markdown: String {
        let escaped = rows.map { "| \($0.label) | \($0.value.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")) |" }
        return (["| Angabe | Inhalt |", "|---|---|"] + escaped).joined(separator: "\n") + "\n"
    }

    /// One header line and one record line (RFC 4180 quoting).
    public var csv: String {
        func quote(_ text: String) -> String {
            // A cell starting with = + - @ would be a formula in a spreadsheet.
            let safe = ["=", "+", "-", "@"].contains(where: text.hasPrefix) ? "'" + text : text
            return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return rows.map { quote($0.label) }.joined(separator: ",") + "\r\n" + rows.map { quote($0.value) }.joined(separator: ",") + "\r\n"
    }
}
