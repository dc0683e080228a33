import Foundation
import PortalApp
import Testing

@testable import PortalCore

/// The fee shown before submitting and the documents a service lists (issue 21).
@Suite("Fees per entry, listed documents and upload fields")
struct FeeAndDocumentsTests {
    @Test("A fee per entry of a repeatable group counts the entries: two trees at 30 € are 60,00 €")
    func feePerTree() {
        let tree = Answers(["art": .text("Stieleiche")])
        let answers = Answers(["baeume": .rows([tree, tree])])
        guard let fee = DemoCatalog.treeFellingForm.fee else {
            Issue.record("the demo tree felling form has no fee")
            return
        }
        #expect(GermanFormat.money(fee.fee(for: answers)) == "60,00 €")
        #expect(fee.fee(for: Answers(["baeume": .rows([tree])])) == 30)
        #expect(fee.fee(for: Answers()) == 0)
        #expect(DemoCatalog.treeFellingForm.problems == [], "a fee per entry is a valid fee")
        #expect(PublishGate.check(DemoCatalog.treeFelling, schema: DemoCatalog.treeFellingForm).filter(\.isBlocking).isEmpty)
    }

    @Test("The publish gate warns about listed documents no upload field asks for, and is quiet when one does")
    func documentsWithoutUpload() {
        var service = DemoCatalog.wellDrilling
        service.requiredDocuments = ["Lageplan mit eingezeichneter Bohrstelle (kann nachgereicht werden)", "Vollmacht, wenn eine Firma anzeigt"]
        let warnings = PublishGate.check(service, schema: DemoCatalog.wellDrillingForm).filter { !$0.isBlocking }.map(\.message)
        #expect(warnings.contains("Die Leistungsbeschreibung nennt „Vollmacht, wenn eine Firma anzeigt“, das Formular hat dafür aber kein Feld zum Hochladen."))
        #expect(!warnings.contains { $0.contains("„Lageplan") })
        let withoutUpload = FormSchema(
            steps: DemoCatalog.wellDrillingForm.steps.map { step in
                var step = step
                step.fields.removeAll { $0.kind == .file }
                return step
            })
        #expect(PublishGate.documentsWithoutUpload(service.requiredDocuments, withoutUpload).count == 2)
    }
}
