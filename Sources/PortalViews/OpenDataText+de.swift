import PortalCore

extension OpenDataText {
    public static let german = OpenDataText(
        heading: "Offene Daten",
        intro:
            "Wir veröffentlichen, wie zufrieden Sie mit unseren Online-Diensten sind und wie sie genutzt werden: je Leistung und Monat, maschinenlesbar und ohne Anmeldung. So können alle nachvollziehen, wo wir besser werden.",
        suppression: { count in
            "Anzahlen unter \(count) lassen wir aus, damit niemand erkennbar wird. Kommentare erscheinen nur, wenn die Verwaltung sie geprüft und freigegeben hat, und nur in der JSON-Datei."
        },
        satisfactionTitle: "Zufriedenheit mit den Online-Diensten",
        satisfactionDescription: "Anzahl der Bewertungen, Verteilung auf 1 bis 5 Sterne und Durchschnitt je Leistung und Monat.",
        usageTitle: "Nutzung der Online-Dienste",
        usageDescription: "Begonnene und eingereichte Online-Anträge, Abschlussquote und mittlere Bearbeitungsdauer in Tagen je Leistung und Monat.",
        csv: "CSV herunterladen",
        json: "JSON herunterladen",
        catalogHeading: "Für Datenportale",
        catalogText: "Die Beschreibung der Datensätze nach DCAT-AP.de (zum Beispiel für GovData):",
        licence: "Lizenz:",
        documentation: "Die Spalten sind in der Dokumentation des Serviceportals beschrieben (docs/opendata.md).",
        footerLink: "Offene Daten"
    )
}
