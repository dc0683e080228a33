import Foundation
import PortalCore

extension PrivacyStatement {
    /// A complete statement (nothing `missing`), dated on the tests' fixed day.
    public static let mock = PrivacyStatement(
        controller: "Landkreis Musterstadt, Der Landrat, Am Markt 1, 24534 Musterstadt",
        dataProtectionOfficer: "Datenschutzbeauftragte des Landkreises, datenschutz@landkreis.example",
        purposes: "Bearbeitung Ihres Antrags und Rückfragen dazu.",
        legalBasis: "Art. 6 Abs. 1 Buchst. e DSGVO mit § 4 Baumschutzsatzung",
        dataCategories: ["Name und Anschrift", "Kontaktdaten", "Angaben zu den Bäumen", "Lageplan und Fotos"],
        recipients: ["Untere Naturschutzbehörde", "Betreiber des Serviceportals (Auftragsverarbeiter)"],
        thirdCountryTransfer: "Keine.",
        retentionDrafts: "Gespeicherte Entwürfe: 30 Tage.",
        retentionSubmissions: "Zehn Jahre nach Abschluss des Verfahrens.",
        retentionMessages: "Wie der Antrag.",
        supervisoryAuthority: "Unabhängiges Landeszentrum für Datenschutz, Kiel",
        obligation: "Ohne die Angaben kann der Antrag nicht bearbeitet werden.",
        automatedDecisions: "Findet nicht statt.",
        version: 2, updatedAt: TestClock.now, retention: .proposal(savedDraftDays: 30)
    )
}
