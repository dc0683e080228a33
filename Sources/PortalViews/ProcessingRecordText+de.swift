import PortalCore

extension ProcessingRecordText {
    static let german = ProcessingRecordText(
        language: .german,
        label: { item in
            switch item {
            case .processing: "Bezeichnung der Verarbeitung"
            case .responsibleUnit: "Zuständige Stelle"
            case .controller: "Verantwortliche Stelle"
            case .dataProtectionOfficer: "Datenschutzbeauftragte"
            case .purposes: "Zwecke"
            case .legalBasis: "Rechtsgrundlage"
            case .dataSubjects: "Betroffene Personen"
            case .dataCategories: "Kategorien personenbezogener Daten"
            case .recipients: "Empfänger"
            case .thirdCountryTransfer: "Übermittlung in Drittländer"
            case .retention: "Löschfristen"
            case .securityMeasures: "Technische und organisatorische Maßnahmen"
            case .statementVersion: "Fassung der Datenschutzhinweise"
            }
        },
        value: { value in
            switch value {
            case .text(let text): text
            case .missing: "fehlt"
            case .onlineApplication(let service): "Online-Antrag „\(service)“"
            case .applicantsAndNamedPeople: "Antragstellende und die im Antrag genannten Personen"
            case .retention(let periods):
                periods.map { period in
                    switch period {
                    case .drafts(let text): "Entwürfe: \(text)"
                    case .submissions(let text): "Anträge: \(text)"
                    case .messages(let text): "Nachrichten: \(text)"
                    }
                }.joined(separator: "; ")
            case .securityConcept: "Siehe Sicherheitskonzept des Serviceportals (Art. 32 DSGVO)"
            case .version(let version): "\(version)"
            }
        },
        columns: ("Angabe", "Inhalt")
    )
}
