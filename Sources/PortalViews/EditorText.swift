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

    public static func `for`(_ language: Language) -> EditorText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
