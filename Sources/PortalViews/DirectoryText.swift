import PortalCore

/// The words of staff sign-in through the authority's directory, and of accounts that sign in only
/// that way. German first, English second.
public struct DirectoryText: Sendable {
    public let or: String
    public let button: @Sendable (_ directory: String) -> String
    public let failedHeading: String
    public let refusal: @Sendable (DirectorySignIn.Refusal) -> String
    public let cancelled: String
    public let unavailable: String
    public let unexpectedAnswer: String
    public let notConfigured: String
    public let passwordSignInOff: @Sendable (_ directory: String) -> String
    public let backToSignIn: String
    // The admin's account page.
    public let directoryOnly: String
    public let directoryOnlyHint: String
    public let linked: String
    public let notLinked: String
    public let directoryAccount: String
    public let unlink: String
    public let unlinkedNotice: String
    public let rolesFromDirectory: String
    public let invitationSubject: @Sendable (_ portal: String) -> String
    public let invitationBody: @Sendable (_ name: String, _ portal: String, _ directory: String, _ link: String) -> String

    public static func `for`(_ language: Language) -> DirectoryText {
        switch language {
        case .german: .german
        case .english: .english
        }
    }
}
