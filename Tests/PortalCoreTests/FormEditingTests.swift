import PortalApp
import PortalCore
import PortalViews
import Testing

@Suite("Form builder edits and the publish gate")
struct FormEditingTests {
    @Test("Steps and fields are added, renamed, moved and deleted; keys come from labels")
    func edits() throws {
        var schema = FormSchema(steps: [])
        try schema.addStep(title: "Angaben zur Person")
        try schema.addStep(title: "Bohrstelle")
        #expect(try schema.addField(to: 0, kind: .text, label: "Vorname") == "vorname")
        #expect(try schema.addField(to: 0, kind: .text, label: "Vorname") == "vorname_2")
        #expect(try schema.addField(to: 1, kind: .decimal, label: "Geplante Bohrtiefe (m)") == "geplante_bohrtiefe_m")
        #expect(try schema.addField(to: 1, kind: .singleChoice, label: "Größe") == "groesse")
        #expect(schema.field("groesse")?.options.count == 2)
        try schema.moveField("vorname_2", in: 0, by: -1)
        #expect(schema.steps[0].fields.map(\.key) == ["vorname_2", "vorname"])
        try schema.moveStep(1, by: -1)
        #expect(schema.steps.map(\.title) == ["Bohrstelle", "Angaben zur Person"])
        try schema.renameStep(0, to: "  Die Bohrstelle ")
        #expect(schema.steps[0].title == "Die Bohrstelle")
        #expect(throws: FormEditError.empty(.stepTitle)) { try schema.renameStep(0, to: " ") }
        #expect(throws: FormEditError.stepMissing) { try schema.addField(to: 7, kind: .text, label: "X") }
        #expect(schema.problems.isEmpty)
    }

    @Test("Nothing that conditions, rules or the fee refer to can be deleted")
    func deletionChecks() throws {
        var schema = FormSchema(steps: [
            FormStep(title: "A", fields: [FormField(key: "zweck", kind: .text, label: "Zweck")]),
            FormStep(title: "B", fields: [FormField(key: "beschreibung", kind: .text, label: "Beschreibung", showIf: .notEmpty("zweck"))]),
        ])
        #expect(throws: FormEditError.fieldInUse(.fieldCondition("Beschreibung"))) {
            try schema.deleteField("zweck", in: 0)
        }
        #expect(throws: FormEditError.stepInUse(.fieldCondition("Beschreibung"))) {
            try schema.deleteStep(0)
        }
        try schema.deleteStep(1)
        try schema.deleteField("zweck", in: 0)
        #expect(schema.steps[0].fields.isEmpty)
    }

    @Test("The gate blocks on missing catalogue texts and form problems, and only warns about style")
    func gate() {
        var service = DemoCatalog.wellDrilling
        #expect(PublishGate.check(service, schema: DemoCatalog.wellDrillingForm).filter(\.isBlocking).isEmpty)
        service.summary = ""
        service.contact = Contact(name: "Amt")
        service.steps = []
        service.processingTime = ""
        var schema = DemoCatalog.wellDrillingForm
        schema.steps[0].fields[0].label = ""
        schema.steps[1].fields.append(FormField(key: "art", kind: .singleChoice, label: "Art gemäß Satzung", options: [.init(value: "a", label: "A")]))
        let items = PublishGate.check(service, schema: schema)
        #expect(
            items.filter(\.isBlocking).map(\.message) == [
                "Die Kurzbeschreibung fehlt.",
                "Der Kontakt braucht einen Namen und eine Telefonnummer oder E-Mail-Adresse.",
                "Es fehlt, was nach dem Absenden passiert (Ablauf oder Bearbeitungsdauer).",
                "Das Feld „vorname“ hat keine Beschriftung.",
            ])
        #expect(
            items.filter { !$0.isBlocking }.map(\.message) == [
                "Englischer Titel und englische Kurzbeschreibung fehlen; die englische Seite zeigt die deutschen Texte.",
                "Die Auswahl „Art gemäß Satzung“ hat nur eine Antwort. Eine Bestätigung (Häkchen) passt dann besser.",
                "„Art gemäß Satzung“ enthält das Amtswort „gemäß“. Verständlicher: „nach“.",
            ])
    }
}

@Suite("English catalogue texts")
struct EnglishTextTests {
    @Test("English pages use the English title and summary where given, the German ones otherwise")
    func fallback() {
        var service = DemoCatalog.wellDrilling
        #expect(service.title(.english) == "Anzeige einer Brunnenbohrung")
        service.titleEnglish = "Notify a well drilling"
        service.summaryEnglish = ""
        #expect(service.title(.english) == "Notify a well drilling")
        #expect(service.title(.german) == "Anzeige einer Brunnenbohrung")
        #expect(service.summary(.english) == service.summary)
    }
}

@Suite("Record of processing activities")
struct ProcessingRecordTests {
    @Test("Generated from the privacy statement; missing parts say so; CSV quotes and Markdown escapes")
    func record() {
        var service = DemoCatalog.wellDrilling
        let text = ProcessingRecordText.for(.german)
        let full = ProcessingRecord(service: service, orgUnit: "Untere Wasserbehörde")
        #expect(text.rows(full).first { $0.label == "Löschfristen" }?.value.hasPrefix("Entwürfe: ") == true)
        service.privacy = nil
        service.title = "Antrag \"A|B\""
        let empty = ProcessingRecord(service: service, orgUnit: "Amt")
        #expect(text.rows(empty).first { $0.label == "Rechtsgrundlage" }?.value == "fehlt")
        #expect(text.csv(empty).hasPrefix("\"Bezeichnung der Verarbeitung\","))
        #expect(text.csv(empty).contains("\"Online-Antrag „Antrag \"\"A|B\"\"“\""))
        #expect(text.markdown(empty).contains("| Bezeichnung der Verarbeitung | Online-Antrag „Antrag \"A\\|B\"“ |"))
        #expect(ProcessingRecordText.for(.english).rows(empty).first?.value == "Online application “Antrag \"A|B\"”")
    }
}

@Suite("Form builder: groups")
struct GroupEditingTests {
    @Test("Fields are added into groups, moved and deleted there; a repeatable group takes no group")
    func groups() throws {
        var schema = FormSchema(steps: [])
        try schema.addStep(title: "Bäume")
        let group = try schema.addField(to: 0, kind: .group, label: "Baum")
        #expect(schema.steps[0].fields[0].fields.map(\.label) == ["Angabe"])
        let kind = try schema.addField(to: 0, inGroup: group, kind: .text, label: "Baumart")
        let girth = try schema.addField(to: 0, inGroup: group, kind: .integer, label: "Stammumfang")
        #expect(schema.steps[0].fields.map(\.key) == ["baum"], "the new fields sit inside the group")
        try schema.moveField(girth, in: 0, by: -1)
        #expect(schema.steps[0].fields[0].fields.map(\.key) == ["baum_angabe", girth, kind])
        try schema.deleteField("baum_angabe", in: 0)
        var field = try #require(FormSchema.path(to: kind, in: schema.steps[0].fields)?.last)
        field.label = "Art des Baumes"
        try schema.updateField(in: 0, field)
        #expect(schema.field(kind)?.label == "Art des Baumes")
        var tree = schema.steps[0].fields[0]
        tree.repetition = Repetition(min: 1, max: 5, itemName: "Baum")
        try schema.updateField(in: 0, tree)
        #expect(throws: FormEditError.groupInRepeatableGroup) {
            try schema.addField(to: 0, inGroup: group, kind: .group, label: "Standort")
        }
        #expect(throws: FormEditError.groupMissing("gibt-es-nicht")) {
            try schema.addField(to: 0, inGroup: "gibt-es-nicht", kind: .text, label: "X")
        }
        #expect(schema.problems.isEmpty)
        try schema.deleteField(group, in: 0)
        #expect(schema.steps[0].fields.isEmpty)
    }
}

@Suite("Draft history actions")
struct DraftEventActionTests {
    @Test("Every action reads back from its stored sentence, and sentences of older versions stay as written")
    func roundTrip() {
        let actions: [DraftEvent.Action] = [
            .draftCreated(fromVersion: 3), .sentToReview, .commentResolved("Bitte „Umfang“ erklären"), .changedAfterApproval,
            .published(version: 12), .approved(revision: 7), .changesRequested,
        ]
        for action in actions {
            #expect(DraftEvent.Action(stored: action.stored) == action)
        }
        #expect(DraftEvent.Action(stored: "Entwurf aus Version x angelegt.") == .other("Entwurf aus Version x angelegt."))
        #expect(DraftEvent.Action(stored: "Als Version 2 veröffentlicht.").stored == "Als Version 2 veröffentlicht.")
    }
}
