import PortalCore

/// The texts of the editors' pages (Onlineredaktion), German first, English second.
public struct EditorText: Sendable {
    public let language: Language
    public let area: String
    public let services: String
    public let newService: String
    public let title: String
    public let slug: String
    public let slugHint: String
    public let orgUnit: String
    public let create: String
    public let status: String
    public let published: String
    public let unpublished: String
    public let draftOpen: String
    public let edit: String
    public let entry: String
    public let summary: String
    public let description: String
    public let category: String
    public let procedure: String
    public let linesHint: String
    public let documents: String
    public let fees: String
    public let deadlines: String
    public let processingTime: String
    public let legalBasis: String
    public let redress: String
    public let contact: String
    public let contactName: String
    public let phone: String
    public let email: String
    public let address: String
    public let openingHours: String
    public let save: String
    public let form: String
    public let publishedVersion: @Sendable (Int) -> String
    public let noVersion: String
    public let newDraft: String
    public let draftFrom: @Sendable (String, Int) -> String
    public let steps: String
    public let fieldCount: @Sendable (Int) -> String
    public let up: String
    public let down: String
    public let delete: String
    public let addStep: String
    public let stepTitle: String
    public let importNotes: String
    public let importWarnings: String
    public let gate: String
    public let gateBlocking: String
    public let gateWarning: String
    public let gateClear: String
    public let publish: String
    public let rename: String
    public let fields: String
    public let kind: String
    public let label: String
    public let required: String
    public let optional: String
    public let addField: String
    public let preview: String
    public let previewNote: String
    public let backToService: String
    public let backToStep: String
    public let hint: String
    public let isRequired: String
    public let options: String
    public let optionsHint: String
    public let minLength: String
    public let maxLength: String
    public let minimum: String
    public let maximum: String
    public let fixedValue: String
    public let showIf: String
    public let showIfHint: String
    public let always: String
    public let equals: String
    public let errorTitle: String
    public let discardDraft: String
    public let titleEnglish: String
    public let summaryEnglish: String
    public let leika: String
    public let leikaHint: String
    public let importFIM: String
    public let importFIMHint: String
    public let importButton: String
    public let versions: String
    public let versionLine: @Sendable (Int, String) -> String
    public let noChanges: String
    public let republish: @Sendable (Int) -> String
    public let review: String
    public let sendToReview: String
    public let comments: String
    public let noComments: String
    public let reply: String
    public let resolve: String
    public let resolved: String
    public let history: String
    public let reviewArea: String
    public let noReviews: String
    public let comment: String
    public let commentOn: String
    public let approve: String
    public let requestChanges: String
    public let decisionNote: String
    public let targetEntry: String
    public let targetStep: @Sendable (Int, String) -> String
    public let targetField: @Sendable (String) -> String
    public let testMode: String
    public let testModeHint: String
    public let testDraft: String
    public let testPublished: String
    public let testCount: @Sendable (Int) -> String
    public let deleteTests: @Sendable (Int) -> String
    public let conditionField: String
    public let comparison: String
    public let comparisonEquals: String
    public let comparisonNotEquals: String
    public let comparisonLess: String
    public let comparisonAtMost: String
    public let comparisonGreater: String
    public let comparisonAtLeast: String
    public let comparisonFilled: String
    public let conditionValueHint: String
    public let orOtherField: String
    public let noOtherField: String
    public let expression: String
    public let expressionHint: String
    public let requireIf: String
    public let requireIfHint: String
    public let forbidIf: String
    public let forbidIfHint: String
    public let moreConditions: String
    public let noCondition: String
    public let rulesAndFee: String
    public let rules: String
    public let rulesHint: String
    public let noRules: String
    public let addRule: String
    public let ruleCondition: String
    public let ruleConditionHint: String
    public let ruleMessageField: String
    public let ruleMessageFieldDefault: String
    public let ruleMessage: String
    public let ruleMessageHint: String
    public let ruleShownAt: @Sendable (String) -> String
    public let fee: String
    public let currentFee: String
    public let noFee: String
    public let removeFee: String
    public let feeFromLists: String
    public let feeBase: String
    public let feePerField: String
    public let feeNoPerField: String
    public let feePerUnit: String
    public let saveFee: String
    public let feeAsExpression: String
    public let feeExpressionHint: String
    public let rulesLink: @Sendable (Int, Bool) -> String
    public let repeatableGroup: String
    public let placeIn: String
    public let placeInStep: String
    public let placeInGroup: @Sendable (String) -> String
    public let repeatable: String
    public let minEntries: String
    public let maxEntries: String
    public let itemName: String
    public let itemNameHint: String
    public let pattern: String
    public let patternHint: String
    public let earliestDays: String
    public let latestDays: String
    public let maxMegabytes: String
    public let maxFiles: String
    public let fileTypes: String
    public let guidance: String
    public let stepGuidance: [String]
    public let fieldGuidance: [String]
    public let kindGuidance: @Sendable (FieldKind) -> String?
    public let fieldWarnings: String
    public let kindName: @Sendable (FieldKind) -> String
    public func entryCount(_ group: String, _ item: String) -> String {
        german ? "Anzahl der Einträge in „\(group)“\(item.isEmpty ? "" : " (je \(item))")" : "Number of entries in “\(group)”\(item.isEmpty ? "" : " (per \(item))")"
    }
    public var purpose: String { german ? "Bedeutung der Angabe" : "Meaning of the answer" }
    public var purposeNone: String { german ? "Keine besondere Bedeutung" : "No particular meaning" }
    public var purposeHint: String {
        german ? "Name und E-Mail-Adresse der antragstellenden Person erscheinen im Posteingang und sind dort suchbar; an die E-Mail-Adresse geht die Eingangsbestätigung. Mit Konto werden solche Angaben vorausgefüllt, und Browser können sie ausfüllen."
            : "The applicant's name and e-mail address appear in the inbox and can be searched there; the acknowledgement goes to the e-mail address. With an account such answers are prefilled, and browsers can fill them in."
    }
    public func purposeName(_ token: String) -> String {
        switch (token, german) {
        case ("name", true): "Name der antragstellenden Person (Vor- und Nachname)"
        case ("given-name", true): "Vorname der antragstellenden Person"
        case ("family-name", true): "Nachname der antragstellenden Person"
        case ("organization", true): "Firma oder Organisation der antragstellenden Person"
        case ("address-line1", true): "Straße und Hausnummer der antragstellenden Person"
        case ("postal-code", true): "Postleitzahl der antragstellenden Person"
        case ("address-level2", true): "Wohnort der antragstellenden Person"
        case ("email", true): "E-Mail-Adresse der antragstellenden Person"
        case ("tel", true): "Telefonnummer der antragstellenden Person"
        case ("name", false): "The applicant's name (first and last name)"
        case ("given-name", false): "The applicant's first name"
        case ("family-name", false): "The applicant's last name"
        case ("organization", false): "The applicant's company or organisation"
        case ("address-line1", false): "The applicant's street and house number"
        case ("postal-code", false): "The applicant's postcode"
        case ("address-level2", false): "The applicant's town"
        case ("email", false): "The applicant's e-mail address"
        case ("tel", false): "The applicant's telephone number"
        default: token
        }
    }
    public var reviewRules: String { german ? "Bedingungen, Grenzen und Codes" : "Conditions, limits and codes" }
    public var reviewFormRules: String { german ? "Regeln und Gebühr des Formulars" : "The form's rules and fee" }
    public var reviewFee: String { german ? "Gebühr" : "Fee" }
    public var reviewChanges: String { german ? "Was sich geändert hat" : "What changed" }
    public var reviewAllNew: String { german ? "Die Leistung war noch nie veröffentlicht: alles ist neu." : "The service was never published: everything is new." }
    public var reviewNoChanges: String { german ? "Keine Änderungen an den Fragen des Formulars." : "No changes to the form's questions." }
    public func reviewSince(_ date: String) -> String { german ? "Seit Ihrer letzten Entscheidung am \(date):" : "Since your last decision on \(date):" }
    public func reviewAgainstVersion(_ number: Int) -> String { german ? "Gegenüber der veröffentlichten Version \(number):" : "Compared with published version \(number):" }
    public var targetOverall: String { german ? "Gesamteindruck (der ganze Entwurf)" : "Overall (the whole draft)" }
    public var yourReply: String { german ? "Ihre Antwort auf diese Anmerkung" : "Your reply to this remark" }
    public var editEntry: String { german ? "Katalogeintrag bearbeiten" : "Edit the catalogue entry" }
    public var editPrivacy: String { german ? "Datenschutzhinweise bearbeiten" : "Edit the privacy statement" }
    public func entryOf(_ title: String) -> String { german ? "Katalogeintrag: \(title)" : "Catalogue entry: \(title)" }
    public func privacyOf(_ title: String) -> String { german ? "Datenschutzhinweise: \(title)" : "Privacy statement: \(title)" }
    public var privacyProposal: String {
        german ? "Noch nicht gespeichert. Das Formular unten enthält einen Vorschlag aus den Fragen des Formulars."
            : "Not saved yet. The form below holds a proposal from the form's questions."
    }
    public func privacyMissing(_ items: String) -> String {
        german ? "Für die Veröffentlichung fehlt noch: \(items)." : "Still missing before publishing: \(items)."
    }
    public var suggestedCategories: String { german ? "Vorschlag aus den Fragen des Formulars" : "Suggested by the form's questions" }
    public var suggestedCategoriesHint: String {
        german ? "Diese Fragen stehen noch nicht unter „Welche Daten wir verarbeiten“. Übernehmen Sie, was zutrifft, in das Feld unten."
            : "These questions are not yet listed under “Which data we process”. Copy what applies into the field below."
    }
    public var schemaFile: String { german ? "Datei mit dem Stammdatenschema" : "File with the master data schema" }
    public var approvedWarning: String {
        german ? "Dieser Entwurf ist freigegeben. Wenn Sie ihn ändern, wird die Freigabe aufgehoben und die Fachabteilung muss ihn erneut prüfen."
            : "This draft is approved. If you change it, the approval is withdrawn and the department has to review it again."
    }
    public var sentToReview: String {
        german ? "Der Entwurf ist zur Prüfung gesendet. Die Fachabteilung wird benachrichtigt; ihre Anmerkungen erscheinen auf dieser Seite."
            : "The draft is sent for review. The department is notified; its remarks appear on this page."
    }
    private var german: Bool { language == .german }

    public static let german = EditorText(
        language: .german,
        area: "Onlineredaktion", services: "Leistungen", newService: "Neue Leistung anlegen", title: "Titel",
        slug: "Kurzname in der Adresse", slugHint: "Kleinbuchstaben, Ziffern und Bindestriche, zum Beispiel baumfaellung-beantragen. Leer lassen, um ihn aus dem Titel zu bilden.",
        orgUnit: "Zuständige Stelle", create: "Anlegen", status: "Status", published: "Veröffentlicht", unpublished: "Nicht veröffentlicht",
        draftOpen: "Entwurf in Arbeit", edit: "Bearbeiten", entry: "Katalogeintrag", summary: "Kurzbeschreibung", description: "Beschreibung",
        category: "Thema", procedure: "Ablauf nach dem Absenden", linesHint: "Ein Punkt pro Zeile.", documents: "Erforderliche Unterlagen",
        fees: "Gebühren", deadlines: "Fristen", processingTime: "Bearbeitungsdauer", legalBasis: "Rechtsgrundlage", redress: "Rechtsbehelf",
        contact: "Kontakt", contactName: "Name der Stelle", phone: "Telefon", email: "E-Mail", address: "Anschrift", openingHours: "Sprechzeiten",
        save: "Speichern", form: "Formular", publishedVersion: { "Veröffentlicht ist Version \($0)." }, noVersion: "Es ist noch keine Version veröffentlicht.",
        newDraft: "Neuen Entwurf anlegen", draftFrom: { source, revision in "Entwurf (\(source), Stand \(revision))" }, steps: "Schritte",
        fieldCount: { $0 == 1 ? "1 Feld" : "\($0) Felder" }, up: "nach oben", down: "nach unten", delete: "löschen", addStep: "Schritt hinzufügen",
        stepTitle: "Titel des Schritts", importNotes: "Hinweise aus dem Import (Regeln als Text)", importWarnings: "Warnungen aus dem Import",
        gate: "Prüfung vor dem Veröffentlichen", gateBlocking: "Muss behoben werden:", gateWarning: "Hinweis:",
        gateClear: "Alle Pflichtpunkte sind erfüllt.", publish: "Veröffentlichen", rename: "Umbenennen", fields: "Felder", kind: "Art",
        label: "Beschriftung", required: "Pflicht", optional: "freiwillig", addField: "Feld hinzufügen", preview: "Vorschau",
        previewNote: "Vorschau: So sehen Bürgerinnen und Bürger diesen Schritt. Eingaben werden hier nicht gespeichert.",
        backToService: "Zurück zur Leistung", backToStep: "Zurück zum Schritt", hint: "Hinweistext", isRequired: "Pflichtangabe",
        options: "Antworten", optionsHint: "Eine Antwort pro Zeile. Hinter einem senkrechten Strich steht der Code, den Fachverfahren erhalten, zum Beispiel „Listenhund | LH“. Ohne Code wird er aus der Antwort gebildet; eine umbenannte Antwort behält ihren Code.", minLength: "Mindestlänge (Zeichen)", maxLength: "Höchstlänge (Zeichen)",
        minimum: "Kleinster Wert", maximum: "Größter Wert", fixedValue: "Fester Wert", showIf: "Nur anzeigen, wenn",
        showIfHint: "Das Feld erscheint nur, wenn ein früheres Feld diese Antwort hat.", always: "immer anzeigen", equals: "die Antwort ist",
        errorTitle: "Bitte prüfen Sie Ihre Eingabe",
        discardDraft: "Entwurf verwerfen", titleEnglish: "Titel (Englisch)", summaryEnglish: "Kurzbeschreibung (Englisch)",
        leika: "LeiKa-Leistungsschlüssel", leikaHint: "14 Ziffern aus dem Leistungskatalog, zum Beispiel 99108001001000.", importFIM: "Aus einem FIM-Schema importieren",
        importFIMHint: "Stammdatenschema im Format XDatenfelder 2.0 oder 3.0 (XML). Der Import legt einen Entwurf an; Regeln erscheinen als Hinweise.",
        importButton: "Importieren", versions: "Veröffentlichte Versionen",
        versionLine: { number, date in "Version \(number), veröffentlicht am \(date)" }, noChanges: "Keine Änderungen an den Fragen.",
        republish: { "Version \($0) erneut veröffentlichen" },
        review: "Prüfung durch die Fachabteilung", sendToReview: "Zur Prüfung senden", comments: "Anmerkungen", noComments: "Noch keine Anmerkungen.",
        reply: "Antworten", resolve: "Als erledigt markieren", resolved: "erledigt", history: "Verlauf", reviewArea: "Prüfung von Entwürfen",
        noReviews: "Keine Entwürfe zur Prüfung.", comment: "Anmerkung", commentOn: "Anmerkung zu", approve: "Freigeben",
        requestChanges: "Änderungen anfordern", decisionNote: "Nachricht an die Redaktion (freiwillig)", targetEntry: "Katalogeintrag",
        targetStep: { number, title in "Schritt \(number): \(title)" }, targetField: { "Feld „\($0)“" },
        testMode: "Testmodus",
        testModeHint: "Füllen Sie das Formular so aus, wie Bürgerinnen und Bürger es sehen. Testanträge laufen durch den ganzen Ablauf (Posteingang, Übergabe), sind überall als Test gekennzeichnet und zählen nicht in der Statistik.",
        testDraft: "Entwurf testen",
        testPublished: "Veröffentlichte Version testen",
        testCount: { $0 == 1 ? "1 Testantrag liegt vor." : "\($0) Testanträge liegen vor." },
        deleteTests: { $0 == 1 ? "Den Testantrag löschen" : "Alle \($0) Testanträge löschen" },
        conditionField: "Feld",
        comparison: "Vergleich",
        comparisonEquals: "ist gleich",
        comparisonNotEquals: "ist nicht gleich",
        comparisonLess: "ist kleiner als",
        comparisonAtMost: "ist höchstens",
        comparisonGreater: "ist größer als",
        comparisonAtLeast: "ist mindestens",
        comparisonFilled: "ist ausgefüllt (Wert leer lassen)",
        conditionValueHint: "Eine Antwort wie „Sonstiges“, eine Zahl (12,5), ein Datum (TT.MM.JJJJ) oder ja/nein.",
        orOtherField: "… oder mit der Antwort auf",
        noOtherField: "(dem Wert oben)",
        expression: "Oder als Ausdruck (für Fortgeschrittene)",
        expressionHint: "Ein Ausdruck gilt statt der Auswahl oben. Beispiel: zweck = \"sonstiges\" und (anzahl >= 3 oder ausgefüllt(telefon)). Verknüpfen mit und, oder, nicht; Listen mit in (\"a\"; \"b\").",
        requireIf: "Pflichtangabe nur, wenn",
        requireIfHint: "Das Feld muss nur ausgefüllt werden, wenn diese Bedingung gilt. Sonst ist es freiwillig.",
        forbidIf: "Nicht erlaubt, wenn",
        forbidIfHint: "Wenn diese Bedingung gilt, darf das Feld nicht ausgefüllt werden.",
        moreConditions: "Weitere Bedingungen: Pflicht und Verbot",
        noCondition: "keine Bedingung",
        rulesAndFee: "Regeln und Gebühr",
        rules: "Regeln über mehrere Antworten",
        rulesHint: "Eine Regel prüft Antworten zusammen, zum Beispiel „Das Ende liegt nach dem Beginn“. Gilt sie nicht, sieht die antragstellende Person Ihre Meldung am gewählten Feld.",
        noRules: "Es gibt noch keine Regeln.",
        addRule: "Regel hinzufügen",
        ruleCondition: "Diese Bedingung muss erfüllt sein",
        ruleConditionHint: "Wählen Sie zwei Felder oder ein Feld und einen Wert. Leere Antworten prüft die Regel nicht.",
        ruleMessageField: "Die Meldung erscheint bei",
        ruleMessageFieldDefault: "dem ersten Feld der Bedingung",
        ruleMessage: "Meldung, wenn die Regel nicht erfüllt ist",
        ruleMessageHint: "Sagen Sie, was zu tun ist: „Das Ende muss nach dem Beginn liegen.“",
        ruleShownAt: { "Meldung bei „\($0)“" },
        fee: "Gebühr",
        currentFee: "Die Gebühr wird so berechnet:",
        noFee: "Das Formular berechnet keine Gebühr.",
        removeFee: "Keine Gebühr berechnen",
        feeFromLists: "Gebühr aus Betrag und Anzahl",
        feeBase: "Grundbetrag in Euro",
        feePerField: "Zusätzlich je Einheit der Antwort auf",
        feeNoPerField: "(nichts zusätzlich)",
        feePerUnit: "Betrag je Einheit in Euro",
        saveFee: "Gebühr speichern",
        feeAsExpression: "Gebühr als Ausdruck (für Fortgeschrittene)",
        feeExpressionHint: "Beispiele: 25 + 10 * anzahl_baeume · wenn(zweck = \"gewerblich\"; 100; 50). Zahlen mit Komma, Trennzeichen in wenn(…) ist das Semikolon.",
        rulesLink: { "Regeln und Gebühr (\($0 == 1 ? "1 Regel" : "\($0) Regeln"), \($1 ? "mit Gebühr" : "ohne Gebühr"))" },
        repeatableGroup: "Wiederholbare Gruppe",
        placeIn: "Einfügen",
        placeInStep: "direkt in diesen Schritt",
        placeInGroup: { "in die Gruppe „\($0)“" },
        repeatable: "Wiederholbar (zum Beispiel mehrere Bäume oder Personen)",
        minEntries: "Mindestens so viele Einträge",
        maxEntries: "Höchstens so viele Einträge",
        itemName: "Name eines Eintrags",
        itemNameHint: "Erscheint auf den Schaltflächen: „Baum hinzufügen“, „Baum 2 entfernen“.",
        pattern: "Muster (regulärer Ausdruck, für Fortgeschrittene)",
        patternHint: "Die ganze Antwort muss passen, zum Beispiel [0-9]{5} für fünf Ziffern. Leer lassen, wenn jede Antwort passt.",
        earliestDays: "Frühestens so viele Tage ab heute (negativ: in der Vergangenheit)",
        latestDays: "Spätestens so viele Tage ab heute",
        maxMegabytes: "Größe je Datei höchstens (MB)",
        maxFiles: "Höchstens so viele Dateien",
        fileTypes: "Erlaubte Dateiarten",
        guidance: "Schreibhinweise",
        stepGuidance: ["Ein Thema pro Seite: Fragen, die zusammengehören, stehen in einem Schritt; alles andere bekommt einen eigenen.", "Wenige Fragen je Schritt (höchstens etwa sieben); lange Seiten werden abgebrochen.", "Der Titel sagt, worum es auf der Seite geht: „Angaben zum Hund“, nicht „Schritt 2“."],
        fieldGuidance: ["Fragen Sie kurz und in einfacher Sprache, so wie Sie es am Telefon fragen würden.", "Erklären Sie im Hinweistext, wofür Sie die Angabe brauchen, wenn das nicht offensichtlich ist.", "Fragen Sie nur, was Sie für die Entscheidung wirklich brauchen; jede Frage ist auch Datenerhebung."],
        kindGuidance: { kind in
            switch kind {
            case .date, .time, .dateTime, .money: "Das Format (zum Beispiel TT.MM.JJJJ) zeigt das Formular selbst unter der Frage an."
            case .singleChoice, .multipleChoice: "Antworten kurz halten und in einer sinnvollen Reihenfolge nennen; bei genau zwei Antworten passt oft ja/nein."
            case .file: "Sagen Sie im Hinweistext, welches Dokument gemeint ist und dass ein Foto mit dem Smartphone genügt, wenn das stimmt."
            case .text, .longText: "Für ein festes Format (etwa eine Kennnummer) beschreiben Sie es im Hinweistext; ein Muster prüft es dann."
            case .group: "Eine wiederholbare Gruppe fragt dasselbe mehrfach (etwa je Baum); geben Sie dem Eintrag einen kurzen Namen."
            default: nil
            }
        },
        fieldWarnings: "Hinweise zu diesem Feld",
        kindName: { kind in
            switch kind {
            case .text: "Text (einzeilig)"
            case .longText: "Text (mehrzeilig)"
            case .integer: "Ganze Zahl"
            case .decimal: "Zahl"
            case .date: "Datum"
            case .email: "E-Mail-Adresse"
            case .phone: "Telefonnummer"
            case .singleChoice: "Auswahl (eine Antwort)"
            case .multipleChoice: "Auswahl (mehrere Antworten)"
            case .yesNo: "Ja/Nein"
            case .consent: "Bestätigung"
            case .file: "Datei-Upload"
            case .money: "Geldbetrag"
            case .time: "Uhrzeit"
            case .dateTime: "Datum und Uhrzeit"
            case .iban: "IBAN"
            case .staticText: "Hinweistext"
            case .hidden: "Verborgener Wert"
            case .readOnly: "Fester Wert (sichtbar)"
            case .postalAddress: "Anschrift"
            case .location: "Ort (Anschrift oder Koordinaten)"
            case .group: "Gruppe"
            }
        }
    )

    public static let english = EditorText(
        language: .english,
        area: "Online editors", services: "Services", newService: "Create a service", title: "Title",
        slug: "Short name in the address", slugHint: "Lower-case letters, digits and hyphens, for example tree-felling. Leave it empty to derive it from the title.",
        orgUnit: "Responsible office", create: "Create", status: "Status", published: "Published", unpublished: "Not published",
        draftOpen: "Draft in progress", edit: "Edit", entry: "Catalogue entry", summary: "Summary", description: "Description",
        category: "Topic", procedure: "What happens after submitting", linesHint: "One item per line.", documents: "Required documents",
        fees: "Fees", deadlines: "Deadlines", processingTime: "Processing time", legalBasis: "Legal basis", redress: "Legal remedy",
        contact: "Contact", contactName: "Name of the office", phone: "Telephone", email: "Email", address: "Address", openingHours: "Opening hours",
        save: "Save", form: "Form", publishedVersion: { "Version \($0) is published." }, noVersion: "No version is published yet.",
        newDraft: "Create a new draft", draftFrom: { source, revision in "Draft (\(source), revision \(revision))" }, steps: "Steps",
        fieldCount: { $0 == 1 ? "1 field" : "\($0) fields" }, up: "up", down: "down", delete: "delete", addStep: "Add step",
        stepTitle: "Step title", importNotes: "Notes from the import (rules as text)", importWarnings: "Warnings from the import",
        gate: "Check before publishing", gateBlocking: "Must be fixed:", gateWarning: "Note:",
        gateClear: "Every required item is met.", publish: "Publish", rename: "Rename", fields: "Fields", kind: "Kind",
        label: "Label", required: "required", optional: "optional", addField: "Add field", preview: "Preview",
        previewNote: "Preview: this is how citizens see this step. Nothing entered here is saved.",
        backToService: "Back to the service", backToStep: "Back to the step", hint: "Hint", isRequired: "Required",
        options: "Answers", optionsHint: "One answer per line. After a vertical bar comes the code that specialist software receives, for example “Listed breed | LH”. Without a code, one is made from the answer; a renamed answer keeps its code.", minLength: "Minimum length (characters)", maxLength: "Maximum length (characters)",
        minimum: "Smallest value", maximum: "Largest value", fixedValue: "Fixed value", showIf: "Show only if",
        showIfHint: "The field appears only when an earlier field has this answer.", always: "always show", equals: "the answer is",
        errorTitle: "Please check your input",
        discardDraft: "Discard draft", titleEnglish: "Title (English)", summaryEnglish: "Summary (English)",
        leika: "LeiKa service key", leikaHint: "14 digits from the service catalogue, for example 99108001001000.", importFIM: "Import from a FIM schema",
        importFIMHint: "A master data schema in XDatenfelder 2.0 or 3.0 (XML). The import creates a draft; rules appear as notes.",
        importButton: "Import", versions: "Published versions",
        versionLine: { number, date in "Version \(number), published \(date)" }, noChanges: "No changes to the questions.",
        republish: { "Publish version \($0) again" },
        review: "Review by the department", sendToReview: "Send for review", comments: "Comments", noComments: "No comments yet.",
        reply: "Reply", resolve: "Mark as done", resolved: "done", history: "History", reviewArea: "Drafts to review",
        noReviews: "No drafts to review.", comment: "Comment", commentOn: "Comment on", approve: "Approve",
        requestChanges: "Request changes", decisionNote: "Message to the editors (optional)", targetEntry: "Catalogue entry",
        targetStep: { number, title in "Step \(number): \(title)" }, targetField: { "Field “\($0)”" },
        testMode: "Test mode",
        testModeHint: "Fill in the form as citizens see it. Test applications run through the whole process (inbox, hand-over), are marked as tests everywhere and are not counted in the statistics.",
        testDraft: "Test the draft",
        testPublished: "Test the published version",
        testCount: { $0 == 1 ? "There is 1 test application." : "There are \($0) test applications." },
        deleteTests: { $0 == 1 ? "Delete the test application" : "Delete all \($0) test applications" },
        conditionField: "Field",
        comparison: "Comparison",
        comparisonEquals: "equals",
        comparisonNotEquals: "does not equal",
        comparisonLess: "is less than",
        comparisonAtMost: "is at most",
        comparisonGreater: "is greater than",
        comparisonAtLeast: "is at least",
        comparisonFilled: "is filled in (leave the value empty)",
        conditionValueHint: "An answer such as „Sonstiges“, a number (12,5), a date (DD.MM.YYYY) or ja/nein.",
        orOtherField: "… or with the answer to",
        noOtherField: "(the value above)",
        expression: "Or as an expression (advanced)",
        expressionHint: "An expression replaces the choice above. Example: zweck = \"sonstiges\" und (anzahl >= 3 oder ausgefüllt(telefon)). Combine with und, oder, nicht; lists with in (\"a\"; \"b\").",
        requireIf: "Required only if",
        requireIfHint: "The field must be answered only when this holds; otherwise it is optional.",
        forbidIf: "Not allowed if",
        forbidIfHint: "When this holds, the field must stay empty.",
        moreConditions: "More conditions: required and not allowed",
        noCondition: "no condition",
        rulesAndFee: "Rules and fee",
        rules: "Rules across answers",
        rulesHint: "A rule checks answers together, for example “the end is after the start”. If it does not hold, the applicant sees your message at the chosen field.",
        noRules: "There are no rules yet.",
        addRule: "Add a rule",
        ruleCondition: "This must hold",
        ruleConditionHint: "Choose two fields or a field and a value. Empty answers are not checked.",
        ruleMessageField: "The message is shown at",
        ruleMessageFieldDefault: "the condition’s first field",
        ruleMessage: "Message when the rule does not hold",
        ruleMessageHint: "Say what to do: “The end must be after the start.”",
        ruleShownAt: { "Message at “\($0)”" },
        fee: "Fee",
        currentFee: "The fee is computed as:",
        noFee: "The form computes no fee.",
        removeFee: "Compute no fee",
        feeFromLists: "Fee from amount and count",
        feeBase: "Base amount in euros",
        feePerField: "Plus per unit of the answer to",
        feeNoPerField: "(nothing more)",
        feePerUnit: "Amount per unit in euros",
        saveFee: "Save the fee",
        feeAsExpression: "Fee as an expression (advanced)",
        feeExpressionHint: "Examples: 25 + 10 * anzahl_baeume · wenn(zweck = \"gewerblich\"; 100; 50). Decimal comma; arguments of wenn(…) are separated by semicolons.",
        rulesLink: { "Rules and fee (\($0 == 1 ? "1 rule" : "\($0) rules"), \($1 ? "with fee" : "no fee"))" },
        repeatableGroup: "Repeatable group",
        placeIn: "Place",
        placeInStep: "directly in this step",
        placeInGroup: { "in the group “\($0)”" },
        repeatable: "Repeatable (for example several trees or people)",
        minEntries: "At least this many entries",
        maxEntries: "At most this many entries",
        itemName: "Name of one entry",
        itemNameHint: "Used on the buttons: “Add tree”, “Remove tree 2”.",
        pattern: "Pattern (regular expression, advanced)",
        patternHint: "The whole answer must match, for example [0-9]{5} for five digits. Leave empty to accept any answer.",
        earliestDays: "At the earliest this many days from today (negative: in the past)",
        latestDays: "At the latest this many days from today",
        maxMegabytes: "Size per file at most (MB)",
        maxFiles: "At most this many files",
        fileTypes: "Allowed file types",
        guidance: "Writing guidance",
        stepGuidance: ["One topic per page: questions that belong together share a step; everything else gets its own.", "Few questions per step (about seven at most); long pages get abandoned.", "The title says what the page is about: “About the dog”, not “Step 2”."],
        fieldGuidance: ["Ask briefly and plainly, as you would on the phone.", "Say in the hint why you need the answer when that is not obvious.", "Ask only what the decision really needs; every question collects personal data."],
        kindGuidance: { kind in
            switch kind {
            case .date, .time, .dateTime, .money: "The form shows the format (such as DD.MM.YYYY) below the question itself."
            case .singleChoice, .multipleChoice: "Keep answers short and in a sensible order; with exactly two answers, yes/no often fits."
            case .file: "Say in the hint which document is meant, and that a phone photo is enough if it is."
            case .text, .longText: "For a fixed format (such as an ID number), describe it in the hint; a pattern then checks it."
            case .group: "A repeatable group asks the same several times (such as per tree); give one entry a short name."
            default: nil
            }
        },
        fieldWarnings: "Notes on this field",
        kindName: { kind in
            switch kind {
            case .text: "Text (one line)"
            case .longText: "Text (several lines)"
            case .integer: "Whole number"
            case .decimal: "Number"
            case .date: "Date"
            case .email: "Email address"
            case .phone: "Telephone number"
            case .singleChoice: "Choice (one answer)"
            case .multipleChoice: "Choice (several answers)"
            case .yesNo: "Yes/No"
            case .consent: "Confirmation"
            case .file: "File upload"
            case .money: "Amount of money"
            case .time: "Time"
            case .dateTime: "Date and time"
            case .iban: "IBAN"
            case .staticText: "Hint text"
            case .hidden: "Hidden value"
            case .readOnly: "Fixed value (shown)"
            case .postalAddress: "Postal address"
            case .location: "Place (address or coordinates)"
            case .group: "Group"
            }
        }
    )

    public static func `for`(_ language: Language) -> EditorText {
        language == .german ? german : english
    }
}
