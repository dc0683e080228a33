import PortalCore

/// The texts of the citizen account (pages and mails), German first, English second.
public struct AccountText: Sendable {
    public let language: Language
    public let register: String
    public let registerIntro: String
    public let email: String
    public let password: String
    public let newPasswordHint: String
    public let createAccount: String
    public let checkYourMail: String
    public let checkYourMailText: @Sendable (String) -> String
    public let confirmHeading: String
    public let confirmIntro: String
    public let confirmButton: String
    public let confirmed: String
    public let linkInvalid: String
    public let linkInvalidText: String
    public let login: String
    public let loginIntro: String
    public let loginButton: String
    public let loginFailed: String
    public let notVerified: String
    public let forgotLink: String
    public let registerLink: String
    public let loginLink: String
    public let forgotHeading: String
    public let forgotIntro: String
    public let forgotButton: String
    public let forgotSent: String
    public let resetHeading: String
    public let resetButton: String
    public let passwordChanged: String
    public let myAccount: String
    public let signedInAs: @Sendable (String) -> String
    public let myApplications: String
    public let noApplications: String
    public let logout: String
    public let loggedOut: String
    public let timeline: String
    public let whatNext: String
    public let processingTime: @Sendable (String) -> String
    public let mailbox: String
    public let mailboxEmpty: String
    public let mailboxLabel: String
    public let mailboxStaffLabel: String
    public let mailboxSend: String
    public let attachments: String
    public let attachmentsHint: String
    public let mailboxClosed: String
    public let newMarker: String
    public let messageSent: String
    public let messageMailSubject: @Sendable (String) -> String
    public let messageMailBody: @Sendable (_ reference: String, _ service: String, _ link: String) -> String
    public let withdrawHeading: String
    public let withdrawHint: String
    public let withdrawConfirm: String
    public let withdrawButton: String
    public let withdrawMissing: String
    public let withdrawDone: String
    public let prefilledNotice: String
    public let profileHeading: String
    public let profileHint: String
    public let profileSave: String
    /// Given name, family name, street and number, postal code, town, phone.
    public let profileLabels: [String]
    public let profileSaved: String
    public let exportHeading: String
    public let exportText: String
    public let exportLink: String
    public let changeEmailHeading: String
    public let newEmail: String
    public let currentPassword: String
    public let changeEmailButton: String
    public let changeEmailSent: @Sendable (String) -> String
    public let emailChanged: String
    public let emailTaken: String
    public let deleteHeading: String
    public let deleteText: String
    public let deleteButton: String
    public let deleted: String
    public let wrongPassword: String
    public let changeMailSubject: String
    public let changeMailBody: @Sendable (String) -> String
    public let documentsHeading: String
    public let documentsIntro: @Sendable (String) -> String
    public let documentsSubmit: String
    public let documentsDone: String
    public let requestMailSubject: @Sendable (String) -> String
    public let requestMailBody: @Sendable (_ reference: String, _ service: String, _ documents: [String], _ deadline: String, _ link: String) -> String
    public let reminderMailSubject: @Sendable (String) -> String
    public let decision: String
    public let decisionOutcome: String
    public let decisionDownload: String
    /// The button that fetches the decision the first time (delivery by retrieval), and what it means.
    public let decisionFetch: String
    public let decisionFetchHint: String
    public let decisionDeliveredOn: @Sendable (String) -> String
    public let decisionMailSubject: @Sendable (String) -> String
    public let decisionMailBody: @Sendable (_ reference: String, _ service: String, _ link: String) -> String
    public let receipt: String
    public let receiptDownload: String
    public let receiptPending: String
    public let emailMissing: String
    public let emailInvalid: String
    public let verifyMailSubject: String
    public let verifyMailBody: @Sendable (String) -> String
    public let existsMailSubject: String
    public let existsMailBody: @Sendable (String) -> String
    public let resetMailSubject: String
    public let resetMailBody: @Sendable (String) -> String
    public let statusMailSubject: @Sendable (String) -> String
    public let statusMailBody: @Sendable (_ reference: String, _ service: String, _ status: String, _ link: String) -> String
    public let followAnotherCase: String
    public let redressHeading: String
    public let documentsReceived: String
    public let documentsUploadAgain: String
    public let documentsFinish: String
    public let documentsFinishHint: String
    public let documentsChooseOne: String
    public let documentsPartial: @Sendable ([String], [String]) -> String
    public let documentsKept: String
    public let documentsSentHeading: String
    public let documentsSentOn: @Sendable (String) -> String
    public let followYourApplication: String
    public let enterTheReferenceAndThe: String
    public let reference: String
    public let forExampleBru2026K7qm: String
    public let accessCode: String
    public let t12CharactersForExampleK7qm: String
    public let showStatus: String
    public let signInWithAnAccount: String
    public let referenceAndAccessCodeDo: String
    public let you: String
    public let noDocumentsAreStillRequested: String
    public let theseDocumentsHaveArrivedAlready: String

    public static func `for`(_ language: Language) -> AccountText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
