import PortalApp
import PortalCore
import PortalViews
import Testing

@Suite("What reviewers read: rules in words and changes per step")
struct ReviewSummaryTests {
    @Test("Conditions, limits and answer codes are spelled out; changes are grouped by step, removals and form-wide changes after")
    func summary() throws {
        let form = DemoCatalog.treeFellingForm
        let words = ReviewSummaryText.for(.german)
        let rules = ReviewSummary.rules(of: form.steps[2].fields).map(words.fieldRules)
        #expect(rules.contains { $0.hasPrefix("Zu fällende Bäume › Erläuterung (erlaeuterung): erscheint nur, wenn grund = ") })
        #expect(rules.contains { $0.contains("Codes: Der Baum ist krank oder abgestorben = krank") })
        #expect(rules.contains { $0.hasPrefix("Zu fällende Bäume (baeume): wiederholbar, 1 bis 10 Einträge") })

        var changed = form
        changed.steps[0].fields[0].label = "Ihr Name"
        changed.steps[1].fields.removeAll { $0.key == "kataster" }
        changed.fee = .product([.answer("baeume"), .amount(35)])
        let groups = ReviewSummary.changes(from: form, to: changed)
        #expect(groups.map { words.groupTitle($0.title) } == ["Schritt „Antragstellende Person“", "Entfernte Fragen", "Ganzes Formular"])
        #expect(groups[0].lines.map(words.line) == ["Geändert: „Ihr Name“ (Beschriftung (vorher „Vor- und Nachname“))"])
        #expect(groups[1].lines.map(words.line) == ["Entfernt: „Gemarkung“", "Entfernt: „Flurstück“"], "a plain group's questions are listed one by one")
        #expect(groups[2].lines.map(words.line) == ["Gebühr vorher: baeume * 30; jetzt: baeume * 35"])
        #expect(ReviewSummary.changes(from: form, to: form).isEmpty)
        #expect(ReviewSummaryText.for(.english).line(groups[0].lines[0]) == "Changed: “Ihr Name” (label (before “Vor- und Nachname”))")
    }
}
