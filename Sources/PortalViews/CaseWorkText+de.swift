import PortalCore

extension CaseWorkText {
    public static let german = CaseWorkText(
        documentRequests: "Nachforderungen",
        requestDocuments: "Unterlagen nachfordern",
        missingDocumentsOnePerLine: "Fehlende Unterlagen (eine je Zeile)",
        deadline: "Frist",
        ddMmYyyyForExample: "TT.MM.JJJJ, zum Beispiel 24.12.2026.",
        fetchedByTheApplicantOn: { p1 in "Vom Antragsteller abgerufen am \(p1)" },
        notFetchedYet: "Noch nicht abgerufen",
        decision: "Bescheid",
        outcome: "Ergebnis",
        delivered: "Zugestellt",
        retrieval: "Abruf",
        deliverTheDecision: "Bescheid zustellen",
        decisionAsPdfAtMost: "Bescheid als PDF (höchstens 20 MB)",
        continueToCheck: "Weiter zur Prüfung",
        messages: "Nachrichten",
        actions: "Bearbeiten",
        sectionsOfThisApplication: "Abschnitte dieses Antrags"
    )
}
