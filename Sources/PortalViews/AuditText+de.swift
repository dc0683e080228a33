import PortalCore

extension AuditText {
    public static let german = AuditText(
        title: "Protokoll",
        intro: "Wer hat wann welchen Vorgang geöffnet, geändert, zugewiesen oder beschieden, und wer hat Zugänge verwaltet? "
            + "Das Protokoll wird nur ergänzt, nie geändert.",
        caseHeading: "Protokoll eines Vorgangs",
        reference: "Aktenzeichen",
        referenceHint: "Zum Beispiel BRU-2026-K7QM-4XD2.",
        show: "Anzeigen",
        caseTrail: { reference in "Protokoll zu \(reference)" },
        exportHeading: "Protokoll eines Zeitraums herunterladen",
        from: "Von",
        to: "Bis einschließlich",
        dateHint: "TT.MM.JJJJ, höchstens 366 Tage.",
        download: "Als CSV herunterladen",
        noLines: "Keine Einträge.",
        when: "Zeitpunkt",
        who: "Wer",
        what: "Was",
        concerning: "Betrifft",
        referenceUnknown: "Einen Vorgang mit diesem Aktenzeichen gibt es nicht.",
        dateInvalid: "Geben Sie das Datum in der Form TT.MM.JJJJ ein, zum Beispiel 01.12.2026.",
        rangeInvalid: "„Bis einschließlich“ darf nicht vor „Von“ liegen.",
        rangeTooLong: "Laden Sie höchstens 366 Tage auf einmal herunter.",
        status: { label in "Status: \(label)" },
        apiKey: { id in "API-Schlüssel \(id)" },
        system: "System",
        applicant: "Antragsteller:in",
        truncated: { count in "Nur die ersten \(count) Einträge; wählen Sie einen kürzeren Zeitraum." }
    )
}
