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

    private var german: Bool { language == .german }
    public var followAnotherCase: String { german ? "Einen anderen Antrag verfolgen" : "Follow another application" }
    public var redressHeading: String { german ? "Wenn Sie mit dem Bescheid nicht einverstanden sind" : "If you disagree with the decision" }
    public var documentsReceived: String { german ? "Eingegangen" : "Received" }
    public var documentsUploadAgain: String { german ? "Andere Datei hochladen (ersetzt die bisherige)" : "Upload another file (replaces the earlier one)" }
    public var documentsFinish: String { german ? "Ohne die übrigen Unterlagen abschließen" : "Finish without the other documents" }
    public var documentsFinishHint: String {
        german ? "Sie können jede Unterlage einzeln hochladen, auch zu verschiedenen Zeiten. Haben Sie eine Unterlage nicht, schließen Sie die Nachforderung ab; schreiben Sie uns gern unten eine Nachricht dazu."
            : "You can upload each document on its own, also at different times. If you do not have a document, finish the request; you are welcome to write us a message below."
    }
    public var documentsChooseOne: String {
        german ? "Bitte wählen Sie mindestens eine Datei aus, oder schließen Sie die Nachforderung ohne die übrigen Unterlagen ab."
            : "Please choose at least one file, or finish the request without the other documents."
    }
    public func documentsPartial(_ received: [String], _ pending: [String]) -> String {
        german ? "Danke, eingegangen: \(received.joined(separator: ", ")). Es fehlt noch: \(pending.joined(separator: ", "))."
            : "Thank you, received: \(received.joined(separator: ", ")). Still missing: \(pending.joined(separator: ", "))."
    }
    public var documentsKept: String {
        german ? "Die übrigen ausgewählten Dateien sind eingegangen und oben als „Eingegangen“ aufgeführt."
            : "The other files you chose have arrived and are listed above as “Received”."
    }
    public var documentsSentHeading: String { german ? "Von Ihnen nachgereichte Unterlagen" : "Documents you sent later" }
    public func documentsSentOn(_ date: String) -> String { german ? "eingereicht am \(date)" : "sent on \(date)" }

    public static func `for`(_ language: Language) -> AccountText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
