import Foundation
import PortalCore

/// Every fixed text of the user interface, German first, English second. A typed catalogue: a
/// missing translation does not compile.
public struct Strings: Sendable {
    public let language: Language
    // Layout
    public let skipLink: String
    public let otherLanguageName: String
    public let otherLanguageHint: String
    public let servicesNav: String
    public let imprint: String
    public let privacy: String
    public let accessibility: String
    public let contact: String
    public let footerNote: String
    /// Before the portal's contact address in the footer.
    public let portalContact: String
    // Start page
    public let intro: String
    public let searchLabel: String
    public let searchHint: String
    public let searchButton: String
    public let categories: String
    public let mostUsed: String
    public let allServices: String
    public let resultsFor: @Sendable (String) -> String
    public let noResults: String
    // Service page
    public let description: String
    public let procedure: String
    public let documents: String
    public let fees: String
    public let deadlines: String
    public let processingTime: String
    public let legalBasis: String
    public let redress: String
    public let responsible: String
    public let contactHeading: String
    public let phone: String
    public let email: String
    public let address: String
    public let openingHours: String
    public let applyOnline: String
    public let privacyOfService: String
    public let notOnline: String
    // Form flow
    public let stepOf: @Sendable (Int, Int) -> String
    public let continueButton: String
    public let back: String
    public let requiredMark: String
    public let optionalMark: String
    public let errorSummaryTitle: String
    public let errorPrefix: String
    public let errorTitlePrefix: String
    public let yes: String
    public let no: String
    /// The date format with an example that satisfies the field's bounds.
    public let dateHint: @Sendable (String) -> String
    public let timeHint: String
    public let dateTimeHint: @Sendable (String) -> String
    /// Under a revealed question: the answers of the question above that it belongs to.
    public let revealHint: @Sendable ([String]) -> String
    public let requiredWhenMark: @Sendable ([String]) -> String
    /// A question whose condition reads other answers of the same page, where it cannot be revealed.
    public let conditionalHint: String
    public let conditionalMark: String
    public let moneyHint: String
    public let street: String
    public let houseNumber: String
    public let addressAddition: String
    public let postalCode: String
    public let city: String
    public let locationHint: String
    public let locationAddress: String
    public let coordinates: String
    public let latitude: String
    public let longitude: String
    public let addEntry: @Sendable (String) -> String
    public let removeEntry: @Sendable (String, Int) -> String
    public let entryTitle: @Sendable (String, Int) -> String
    public let noEntries: String
    public let fileHint: @Sendable (String, String, Int) -> String
    public let uploadedFiles: String
    public let removeFile: @Sendable (String) -> String
    public let uploadButton: String
    public let saveForLater: String
    public let savedTitle: String
    public let savedLinkLabel: String
    public let savedUntil: @Sendable (String) -> String
    public let savedOnce: String
    public let savedMailed: String
    public let savedPrevious: String
    public let continueNow: String
    public let resumedTitle: String
    public let resumedIntro: @Sendable (String) -> String
    public let formChanged: String
    public let fieldAdded: @Sendable (String) -> String
    public let fieldRemoved: @Sendable (String) -> String
    public let resumeInvalid: String
    public let resumeTitle: String
    public let resumeIntro: @Sendable (String, String) -> String
    public let resumeReplaces: String
    public let resumeButton: String
    public let resumeMailSubject: @Sendable (String) -> String
    public let resumeMailBody: @Sendable (String, String, String) -> String
    public let checkTitle: String
    public let checkIntro: String
    /// Answers typed into questions that the other answers made void: shown, never dropped silently.
    public let discardedHeading: String
    public let discardedIntro: String
    public let change: String
    public let notAnswered: String
    public let submit: String
    public let submitHint: String
    public let confirmationTitle: String
    public let yourReference: String
    public let referenceHint: String
    public let whatNext: String
    public let printPage: String
    public let backToStart: String
    public let receivedOn: @Sendable (String) -> String
    public let confirmed: String
    public let feeHeading: String
    public let feeHint: String
    public let sessionEnds: @Sendable (String) -> String
    public let extendSession: String
    public let sessionExtended: String
    // Back office
    public let loginTitle: String
    public let username: String
    public let password: String
    public let loginButton: String
    public let loginFailed: String
    public let tooManyAttempts: String
    public let signedInAs: @Sendable (String) -> String
    public let logout: String
    public let loggedOut: String
    public let inboxTitle: String
    public let testModeNotice: String
    public let endTestMode: String
    public let testMarker: String
    public let testSubmissionNotice: String
    public let help: String
    public let accountNav: String
    public let yourAccessCode: String
    public let accessCodeHint: String
    public let followCase: String
    public let receiptMailSubject: @Sendable (String) -> String
    public let receiptMailBody: @Sendable (_ reference: String, _ service: String, _ at: String, _ code: String, _ link: String) -> String
    public let filterService: String
    public let filterStatus: String
    public let filterAll: String
    public let searchCases: String
    public let searchCasesHint: String
    public let applyFilter: String
    public let columnReference: String
    public let columnApplicant: String
    public let columnService: String
    public let columnStatus: String
    public let columnReceived: String
    public let unread: String
    public let noCases: String
    public let olderCases: String
    public let newestCases: String
    public let answersHeading: String
    public let historyHeading: String
    public let noHistory: String
    public let changeStatusHeading: String
    public let newStatus: String
    public let note: String
    public let noteHint: String
    public let saveStatus: String
    public let statusSaved: String
    public let finalStatus: String
    // Plain pages
    public let placeholderText: String
    public let notFoundTitle: String
    public let notFoundText: String
    public let forbiddenTitle: String
    public let forbiddenText: String
    public let badRequestTitle: String
    public let serverErrorTitle: String
    public let serverErrorText: String
    /// Shown on English pages around a service's texts, which authorities write in German.
    public let sessionRunsUntil: @Sendable (String) -> String
    public let easyLanguage: String
    public let signLanguage: String
    /// The footer link to the rating form (every page, EU Single Digital Gateway).
    public let feedback: String
    public let staffNav: String
    public let publicSite: String
    public let germanOnlyContent: String
    public let accessCodeAlsoMailed: String
    public let accessCodeOnlyHere: String
    public let editorialOffice: String
    public let review: String
    public let dataProtection: String
    public let portalPages: String
    public let dataTooLarge: String
    public let unknownFormEncoding: String
    public let de: String
    public let helpAndFrequentlyAskedQuestions: String
    /// A number as readers of the language write it (decimal comma in German).
    public let number: @Sendable (Decimal) -> String
    /// A posted field the form does not have; nothing was saved.
    public let unknownField: @Sendable (String) -> String
    public let unknownAction: String
    public let malformedForm: String
    public let answerEarlierStepsFirst: String

    /// The words answers are shown with (Ja/Nein …).
    public var answerWords: AnswerText.Words {
        AnswerText.Words(yes: yes, no: no, confirmed: confirmed, number: number, entryTitle: entryTitle)
    }

    public static func `for`(_ language: Language) -> Strings {
        switch language {
        case .german: german
        case .english: english
        }
    }

    /// „a“, „b“ oder „c“ / “a”, “b” or “c”.
    static func quotedList(_ items: [String], quotes: (open: String, close: String), or: String) -> String {
        let quoted = items.map { quotes.open + $0 + quotes.close }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " \(or) " + quoted[quoted.count - 1]
    }

}
