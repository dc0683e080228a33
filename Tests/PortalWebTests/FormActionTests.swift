import Foundation
import PortalViews
import Testing

@Suite("Form actions: what buttons post and controllers parse")
struct FormActionTests {
    static func roundTrips<Action: FormAction>(_ actions: [Action]) {
        for action in actions {
            #expect(Action(value: action.value) == action, "\(action.value)")
        }
    }

    @Test("Every action reads back from the value its button posts")
    func roundTrip() {
        Self.roundTrips([
            FormStepAction.saveForLater, .addEntry(group: "baeume"), .removeEntry(group: "baeume", number: 2),
            .removeFile(field: "lageplan", id: "00000000-0000-4000-8000-000000000001"),
        ])
        Self.roundTrips(DocumentsAction.allCases)
        Self.roundTrips(DecisionAction.allCases)
        Self.roundTrips(ReviewAction.allCases)
        Self.roundTrips([PublishAction.publish])
        Self.roundTrips([
            EditorDraftAction.createDraft, .discardDraft, .deleteTestSubmissions, .importFIM, .restore(version: 3), .sendToReview,
            .reply(comment: "c-1"), .resolve(comment: "c-1"), .addStep, .moveStepUp(0), .moveStepDown(1), .deleteStep(2),
        ])
        Self.roundTrips([EditorStepAction.rename, .addField, .moveFieldUp("vorname"), .moveFieldDown("vorname"), .deleteField("vorname")])
        Self.roundTrips([EditorRulesAction.addRule, .deleteRule(0), .pickFee, .writeFee, .removeFee])
    }

    @Test("Values a form does not offer are refused, also with missing or extra arguments")
    func unknown() {
        for value in [
            "", "weiter", "hinzufuegen", "hinzufuegen:", "entfernen:baeume", "entfernen:baeume:zwei", "datei-entfernen:lageplan",
            "speichern:x", "hinzufuegen:a:b",
        ] {
            #expect(FormStepAction(value: value) == nil, "\(value)")
        }
        for value in ["schritt-hoch", "schritt-hoch:x", "wiederherstellen:", "entwurf-anlegen:1", "antworten:", "feld-hoch:1"] {
            #expect(EditorDraftAction(value: value) == nil, "\(value)")
        }
        #expect(EditorStepAction(value: "feld-hoch:") == nil)
        #expect(EditorRulesAction(value: "regel-loeschen:eins") == nil)
        #expect(ReviewAction(value: "Freigeben") == nil)
    }

    @Test("The value is escaped where it is printed")
    func escaped() {
        #expect(EditorStepAction.deleteField("a\"b").attributes.rendered == #"name="_aktion" value="feld-loeschen:a&quot;b""#)
    }

    @Test("No page or controller writes the action field by hand")
    func oneDefinition() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let files =
            FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 100)
        for file in files where !file.path.contains("/Actions/") {
            #expect(!(try String(contentsOf: file, encoding: .utf8)).contains("_aktion"), "\(file.lastPathComponent)")
        }
    }
}
