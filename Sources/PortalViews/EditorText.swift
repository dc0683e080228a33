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
    public let entryCount: @Sendable (String, String) -> String
    public let purpose: String
    public let purposeNone: String
    public let purposeHint: String
    public let reviewRules: String
    public let reviewFormRules: String
    public let reviewFee: String
    public let reviewChanges: String
    public let reviewAllNew: String
    public let reviewNoChanges: String
    public let reviewSince: @Sendable (String) -> String
    public let reviewAgainstVersion: @Sendable (Int) -> String
    public let targetOverall: String
    public let yourReply: String
    public let editEntry: String
    public let editPrivacy: String
    public let entryOf: @Sendable (String) -> String
    public let privacyOf: @Sendable (String) -> String
    public let privacyProposal: String
    public let privacyMissing: @Sendable (String) -> String
    public let suggestedCategories: String
    public let suggestedCategoriesHint: String
    public let schemaFile: String
    public let approvedWarning: String
    public let sentToReview: String
    /// The meaning of an answer marked with this autocomplete token; the token itself when it has none.
    public let purposeName: @Sendable (String) -> String
    public let theServiceIsCreatedIts: @Sendable (String) -> String
    public let theCatalogueEntryIsSaved: String
    public let thePrivacyStatementIsSaved: @Sendable (String) -> String
    public let saved: String
    public let versionIsPublished: @Sendable (String) -> String
    public let theFieldIsSaved: @Sendable (String) -> String
    public let versionIsNowADraft: @Sendable (String) -> String
    public let theSchemaIsImportedSteps: @Sendable (String, String) -> String
    public let draftChangedMeanwhile: String
    public let unknownRemarkTarget: String
    public let draftNotInReview: String
    public let reviewMessageTooLong: String
    public let noDraftAnyMore: String
    public let noDraftToTest: String
    public let noPublishedVersion: String
    public let chooseWhatToTest: String
    public let testModeEnded: String
    public let testSubmissionsDeleted: @Sendable (Int) -> String
    public let titleRequired200: String
    public let slugRules: String
    public let slugTaken: @Sendable (String) -> String
    public let chooseYourOrgUnit: String
    public let titleEmpty: String
    public let contactEmailInvalid: String
    public let leikaDigits: String
    public let entryChangedByOthers: String
    public let draftChangedByOthers: String
    public let privacyMustStayComplete: @Sendable (String) -> String
    public let draftExists: String
    public let replyRequired: String
    public let draftExistsBeforeImport: String
    public let chooseSchemaFile: String
    public let schemaNotImported: @Sendable (String) -> String
    public let notPublishableYet: @Sendable (String) -> String
    public let remarkRequired: String

    public static func `for`(_ language: Language) -> EditorText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
