import Foundation
import PortalCore
import PortalViews
import Testing

@Suite("Localisation: texts live in the catalogues, one file per language")
struct LocalisationTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    static func files(in target: String) -> [URL] {
        let directory = sources.appendingPathComponent(target)
        return (FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { $0.pathExtension == "swift" }
    }

    @Test("No controller or view chooses a text by language inline; the language files hold the texts")
    func noLanguageChoices() throws {
        let files = Self.files(in: "PortalWeb") + Self.files(in: "PortalViews")
        #expect(files.count > 100)
        let choice = /(german|\.german|\.english)\s*\?\s*\(?"/
        for file in files where !file.lastPathComponent.contains("+de.") && !file.lastPathComponent.contains("+en.") {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.firstMatch(of: choice) == nil, "\(file.lastPathComponent)")
        }
    }

    @Test("Controllers say nothing in German themselves: their messages come from the catalogues")
    func noGermanSentencesInControllers() throws {
        let sentence = /"(Bitte|Der|Die|Das|Den|Es|Ein|Eine|Zum|Zwei|Bei|Diese|Diesen|Längen|In) [^"]*/
        var found: [String: Int] = [:]
        for file in Self.files(in: "PortalWeb") {
            let text = try String(contentsOf: file, encoding: .utf8)
            let count = text.matches(of: sentence).count
            if count > 0 { found[file.lastPathComponent] = count }
        }
        #expect(found == [:])
    }

    @Test("Every refusal of the form builder is said in every language, with what the editor typed")
    func formEditErrors() {
        let error = FormEditError.notAnAnswer("Blau", field: "Farbe", options: ["Rot", "Grün"])
        #expect(error.message(.german) == "„Blau“ ist keine Antwort von „Farbe“. Möglich: Rot, Grün.")
        #expect(error.message(.english) == "“Blau” is not an answer of “Farbe”. Possible: Rot, Grün.")
        #expect(FormEditError.fieldInUse(.rule(message: "Zu alt")).message(.english) == "The field cannot be deleted: the rule “Zu alt” refers to it.")
        #expect(FormEditError.tooLong(.stepTitle, max: 200).message(.german) == "Der Titel des Schritts darf höchstens 200 Zeichen lang sein.")
    }

    @Test("Every catalogue has a file per language")
    func oneFilePerLanguage() throws {
        let files = Self.files(in: "PortalViews")
        let names = Set(files.map(\.lastPathComponent))
        // A catalogue is a type chosen by language: `static func for(_ language: Language)`.
        let catalogues = try files.filter { try String(contentsOf: $0, encoding: .utf8).contains("public static func `for`(_ language: Language)") }
            .map(\.lastPathComponent)
        #expect(catalogues.count >= 10)
        for catalogue in catalogues {
            let stem = catalogue.dropLast(".swift".count)
            for language in Language.allCases {
                #expect(names.contains("\(stem)+\(language.rawValue).swift"), "\(stem) lacks \(language.rawValue)")
            }
        }
    }
}

@Suite("Words for the core's states and the portal's history notes")
struct DomainTextTests {
    @Test("History notes written in German read in the page's language; typed notes stay as typed")
    func notes() {
        let requested = CaseNote.documentsRequested(until: LocalDate(year: 2026, month: 12, day: 24)!, ["Lageplan", "Vollmacht"])
        #expect(CaseNote.localized(requested, .german) == requested)
        #expect(CaseNote.localized(requested, .english) == "Documents requested by 24.12.2026: Lageplan; Vollmacht")
        #expect(CaseNote.localized(CaseNote.requestAnswered(missing: ["Vollmacht"]), .english) == "Request answered; not sent: Vollmacht.")
        #expect(CaseNote.localized(CaseNote.requestAnswered(missing: ["Vollmacht"]), .german) == CaseNote.requestAnswered(missing: ["Vollmacht"]))
        #expect(CaseNote.localized(CaseNote.decisionDelivered(.partlyGranted), .english) == "Decision delivered: Partly granted")
        #expect(CaseNote.localized(CaseNote.decisionDelivered(.partlyGranted), .german) == "Bescheid zugestellt: Teilweise bewilligt")
        #expect(CaseNote.localized(CaseNote.documentsUploaded, .english) == "Requested documents uploaded.")
        #expect(CaseNote.localized("Bitte Lageplan prüfen", .english) == "Bitte Lageplan prüfen")
        #expect(CaseNote.actor(CaseNote.applicantActor, .english, names: [:]) == "Applicant")
        #expect(CaseNote.actor("staff:anna", .german, names: ["anna": "Anna Schäfer"]) == "Anna Schäfer")
    }

    @Test("Every status, level and outcome has a word in every language")
    func complete() {
        for language in Language.allCases {
            let text = DomainText.for(language)
            #expect(text.language == language)
            for status in CaseStatus.allCases {
                #expect(!status.label(language).isEmpty && !status.applicantLabel(language).isEmpty && !status.nextSteps(language).isEmpty)
            }
            #expect(TrustLevel.allCases.allSatisfy { !$0.label(language).isEmpty && !$0.explanation(language).isEmpty })
            #expect(Decision.Outcome.allCases.allSatisfy { !$0.label(language).isEmpty })
        }
    }
}

@Suite("Draft history and staff mails in both languages")
struct StaffTextTests {
    @Test("A draft's history reads in English on English pages")
    func history() {
        #expect(DraftEvent.Action.published(version: 2).text(.english) == "Published as version 2.")
        #expect(DraftEvent.Action.published(version: 2).text(.german) == "Als Version 2 veröffentlicht.")
        #expect(DraftEvent.Action.other("Alt").text(.english) == "Alt")
    }

    @Test("Staff mails come from the catalogue in the portal's default language")
    func mails() {
        let text = StaffMailText.for(.portalDefault)
        #expect(text.caseMessageSubject("BAU-1") == "Neue Nachricht zu Antrag BAU-1")
        #expect(
            StaffMailText.for(.english).reviewedBody("Petra", "Baum", true, "https://x").hasPrefix("Petra has approved the draft of the online service “Baum”.")
        )
    }
}

@Suite("The publish gate and schema checks in both languages")
struct SchemaTextTests {
    @Test("Findings, schema problems, writing guidance and privacy parts are said in German and English")
    func findings() {
        let finding = PublishGate.Finding.privacyIncomplete([.purposes, .legalBasis])
        #expect(finding.message(.german) == "In den Datenschutzhinweisen fehlt: die Zwecke, die Rechtsgrundlage.")
        #expect(finding.message(.english) == "The privacy statement lacks the purposes, the legal basis.")
        let problem = SchemaProblem.conditionNotAnAnswer(.step(2), answer: "ja", key: "hund")
        #expect(problem.message(.german) == "Die Bedingung von „Schritt 2“ nennt „ja“, das keine Antwort von „hund“ ist.")
        #expect(problem.message(.english) == "The condition of step 2 names “ja”, which is not an answer of “hund”.")
        #expect(PublishGate.FieldWarning.jargon(field: "Vordruck", word: "Vordruck", plain: "Formular").message(.english).hasSuffix("Plainer: “Formular”."))
        #expect(FormEditError.invalidPattern("[a", problem: .invalid).message(.german) == "Das Muster „[a“ ist kein gültiger regulärer Ausdruck.")
        #expect(
            FormExpression.SyntaxError.unexpected(.text("a"), at: 7, expected: .comparison(after: "zweck")).message(.english)
                == "At position 7 there is the text “a”; expected was a comparison (=, !=, <, <=, >, >=, in) after “zweck”.")
    }
}

@Suite("Refusals of typed input outside forms in both languages")
struct InputProblemTextTests {
    @Test("Password, profile, message, document request and video problems are typed and said per language")
    func problems() {
        #expect(CitizenAccount.passwordProblem("kurz", email: "a@b.de") == .tooShort)
        #expect(CitizenAccount.PasswordProblem.tooCommon.message(.english) == "This password is too easy to guess. Please choose another.")
        #expect(CitizenProfile(postalCode: "123").problem == .postalCode)
        #expect(CaseMessage.problem(String(repeating: "x", count: 10_001))?.message(.german) == "Die Nachricht darf höchstens 10.000 Zeichen lang sein.")
        let today = LocalDate(year: 2026, month: 12, day: 3)!
        #expect(DocumentRequest.problem(documents: ["A"], deadline: today, today: today) == .deadlineNotInFuture)
        #expect(DocumentRequest.Problem.deadlineNotInFuture.message(.english) == "The deadline must be in the future.")
        #expect(SignLanguageVideo.problem(title: "T", transcript: "")?.message(.german).hasPrefix("Bitte schreiben Sie den Inhalt") == true)
    }
}
