import PortalCore

extension EditorText {
    public static let english = EditorText(
        language: .english,
        area: "Online editors", services: "Services", newService: "Create a service", title: "Title",
        slug: "Short name in the address",
        slugHint: "Lower-case letters, digits and hyphens, for example tree-felling. Leave it empty to derive it from the title.",
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
        options: "Answers",
        optionsHint:
            "One answer per line. After a vertical bar comes the code that specialist software receives, for example “Listed breed | LH”. Without a code, one is made from the answer; a renamed answer keeps its code.",
        minLength: "Minimum length (characters)", maxLength: "Maximum length (characters)",
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
        testModeHint:
            "Fill in the form as citizens see it. Test applications run through the whole process (inbox, hand-over), are marked as tests everywhere and are not counted in the statistics.",
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
        expressionHint:
            "An expression replaces the choice above. Example: zweck = \"sonstiges\" und (anzahl >= 3 oder ausgefüllt(telefon)). Combine with und, oder, nicht; lists with in (\"a\"; \"b\").",
        requireIf: "Required only if",
        requireIfHint: "The field must be answered only when this holds; otherwise it is optional.",
        forbidIf: "Not allowed if",
        forbidIfHint: "When this holds, the field must stay empty.",
        moreConditions: "More conditions: required and not allowed",
        noCondition: "no condition",
        rulesAndFee: "Rules and fee",
        rules: "Rules across answers",
        rulesHint:
            "A rule checks answers together, for example “the end is after the start”. If it does not hold, the applicant sees your message at the chosen field.",
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
        feeExpressionHint:
            "Examples: 25 + 10 * anzahl_baeume · wenn(zweck = \"gewerblich\"; 100; 50). Decimal comma; arguments of wenn(…) are separated by semicolons.",
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
        stepGuidance: [
            "One topic per page: questions that belong together share a step; everything else gets its own.",
            "Few questions per step (about seven at most); long pages get abandoned.", "The title says what the page is about: “About the dog”, not “Step 2”.",
        ],
        fieldGuidance: [
            "Ask briefly and plainly, as you would on the phone.", "Say in the hint why you need the answer when that is not obvious.",
            "Ask only what the decision really needs; every question collects personal data.",
        ],
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
        },
        entryCount: { group, item in "Number of entries in “\(group)”\(item.isEmpty ? "" : " (per \(item))")" },
        purpose: "Meaning of the answer",
        purposeNone: "No particular meaning",
        purposeHint:
            "The applicant's name and e-mail address appear in the inbox and can be searched there; the acknowledgement goes to the e-mail address. With an account such answers are prefilled, and browsers can fill them in.",
        reviewRules: "Conditions, limits and codes",
        reviewFormRules: "The form's rules and fee",
        reviewFee: "Fee",
        reviewChanges: "What changed",
        reviewAllNew: "The service was never published: everything is new.",
        reviewNoChanges: "No changes to the form's questions.",
        reviewSince: { date in "Since your last decision on \(date):" },
        reviewAgainstVersion: { number in "Compared with published version \(number):" },
        targetOverall: "Overall (the whole draft)",
        yourReply: "Your reply to this remark",
        editEntry: "Edit the catalogue entry",
        editPrivacy: "Edit the privacy statement",
        entryOf: { title in "Catalogue entry: \(title)" },
        privacyOf: { title in "Privacy statement: \(title)" },
        privacyProposal: "Not saved yet. The form below holds a proposal from the form's questions.",
        privacyMissing: { items in "Still missing before publishing: \(items)." },
        suggestedCategories: "Suggested by the form's questions",
        suggestedCategoriesHint: "These questions are not yet listed under “Which data we process”. Copy what applies into the field below.",
        schemaFile: "File with the master data schema",
        approvedWarning: "This draft is approved. If you change it, the approval is withdrawn and the department has to review it again.",
        sentToReview: "The draft is sent for review. The department is notified; its remarks appear on this page.",
        purposeName: { token in
            switch token {
            case "name": "The applicant's name (first and last name)"
            case "given-name": "The applicant's first name"
            case "family-name": "The applicant's last name"
            case "organization": "The applicant's company or organisation"
            case "address-line1": "The applicant's street and house number"
            case "postal-code": "The applicant's postcode"
            case "address-level2": "The applicant's town"
            case "email": "The applicant's e-mail address"
            case "tel": "The applicant's telephone number"
            default: token
            }
        },
        theServiceIsCreatedIts: { p1 in "The service is created; its address ends in “\(p1)”." },
        theCatalogueEntryIsSaved: "The catalogue entry is saved.",
        thePrivacyStatementIsSaved: { p1 in "The privacy statement is saved as version \(p1)." },
        saved: "Saved.",
        versionIsPublished: { p1 in "Version \(p1) is published." },
        theFieldIsSaved: { p1 in "The field “\(p1)” is saved." },
        versionIsNowADraft: { p1 in "Version \(p1) is now a draft; once reviewed and published it becomes the new version." },
        theSchemaIsImportedSteps: { p1, p2 in "The schema is imported: \(p1) steps, \(p2) warnings." },
        draftChangedMeanwhile: "The editors have changed the draft meanwhile. Please look at it again.",
        unknownRemarkTarget: "There is no such target for a remark.",
        draftNotInReview: "The draft has not been sent for review.",
        reviewMessageTooLong: "The message is too long.",
        noDraftAnyMore: "There is no draft any more; perhaps it was just published.",
        noDraftToTest: "There is no draft with steps that could be tested.",
        noPublishedVersion: "This service has no published version yet.",
        chooseWhatToTest: "Please choose whether the draft or the published version is tested. Nothing was saved.",
        testModeEnded: "Test mode has ended.",
        testSubmissionsDeleted: { $0 == 1 ? "1 test application deleted." : "\($0) test applications deleted." },
        titleRequired200: "Please enter a title of at most 200 characters.",
        slugRules: "The short name must be 3 to 100 characters long: lower-case letters, digits and hyphens.",
        slugTaken: { "The short name “\($0)” is already taken." },
        chooseYourOrgUnit: "Please choose one of your units.",
        titleEmpty: "The title must not be empty.",
        contactEmailInvalid: "The contact's e-mail address is not valid.",
        leikaDigits: "The LeiKa service key has 14 digits.",
        entryChangedByOthers: "Someone else has changed the catalogue entry meanwhile. Your change was not saved; please reload the page and enter it again.",
        draftChangedByOthers: "Someone else has changed the draft meanwhile. Your change was not saved; please reload the page and try again.",
        privacyMustStayComplete: { "The service is published; its privacy statement must stay complete. Missing: \($0)." },
        draftExists: "There is already a draft. Publish or discard it first.",
        replyRequired: "Please write a reply (at most 5,000 characters).",
        draftExistsBeforeImport: "There is already a draft. Publish or discard it before you import a schema.",
        chooseSchemaFile: "Please choose an XML file with the schema.",
        schemaNotImported: { "The schema cannot be imported: \($0)" },
        notPublishableYet: { "The draft cannot be published yet: \($0)" },
        remarkRequired: "Please write a remark (at most 5,000 characters)."
    )
}
