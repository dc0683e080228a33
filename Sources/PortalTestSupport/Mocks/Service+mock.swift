import Foundation
import PortalCore

extension Service {
    /// A complete published service for view tests and fixtures, independent of the demo catalogue.
    public static let mock = Service(
        id: Identifier(string: "0b000000-0000-4000-8000-00000000aa01")!,
        slug: "baumfaellung-beantragen",
        leikaKey: "99108005000000",
        referencePrefix: "BAU",
        title: "Genehmigung einer Baumfällung",
        category: "Umwelt und Natur",
        summary: "Geschützte Bäume dürfen nur mit Genehmigung der Unteren Naturschutzbehörde gefällt werden.",
        description: "Bäume ab 80 cm Stammumfang sind durch die Baumschutzsatzung geschützt. Für das Fällen brauchen Sie eine Genehmigung.",
        steps: [
            "Sie stellen den Antrag online und laden einen Lageplan hoch.",
            "Die Untere Naturschutzbehörde prüft den Antrag, oft mit einem Termin vor Ort.",
            "Sie erhalten den Bescheid in Ihr Postfach.",
        ],
        requiredDocuments: ["Lageplan mit den eingezeichneten Bäumen", "Fotos der Bäume (freiwillig)"],
        feesText: "30,00 € je Baum.",
        deadlines: "Fällungen sind nur vom 1. Oktober bis 28. Februar erlaubt.",
        processingTime: "In der Regel vier Wochen.",
        legalBasis: "§ 4 Baumschutzsatzung des Landkreises",
        redress: "Gegen den Bescheid ist Widerspruch innerhalb eines Monats nach Bekanntgabe möglich.",
        orgUnitID: Identifier(string: "0a000000-0000-4000-8000-00000000aa01")!,
        contact: Contact(
            name: "Untere Naturschutzbehörde", phone: "04321 000-200", email: "natur@landkreis.example",
            address: "Kreishaus, Am Markt 1, 24534 Musterstadt", openingHours: "Mo–Fr 8–12 Uhr"
        ),
        isPublished: true,
        privacy: .mock
    )
}
