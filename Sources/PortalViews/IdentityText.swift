import PortalCore

/// Texts for signing in through identity providers and for trust levels, German first, English second.
public struct IdentityText: Sendable {
    public let otherWays: String
    public let loginWith: @Sendable (String) -> String
    public let connectWith: @Sendable (String) -> String
    /// Connecting a provider to an account with a password asks for it.
    public let connectPassword: String
    public let linkPasswordWrong: String
    public let linkNeedsPassword: @Sendable (String) -> String
    /// The mail to the account holder when a provider was connected.
    public let linkedMailSubject: String
    public let linkedMailBody: @Sendable (_ provider: String, _ resetLink: String) -> String
    /// The reset page lists the connected providers, each can be removed there.
    public let resetIdentities: String
    public let resetRemoveIdentity: @Sendable (String) -> String
    public let failedHeading: String
    public let cancelled: String
    public let unexpectedAnswer: String
    public let rejected: String
    public let unavailable: String
    public let notConfigured: String
    public let noEmail: @Sendable (String) -> String
    public let emailHasAccount: @Sendable (String) -> String
    public let linkedElsewhere: @Sendable (String) -> String
    public let accountCreated: String
    public let emailNotConfirmed: @Sendable (String) -> String
    public let linked: @Sendable (String) -> String
    public let unlinked: @Sendable (String) -> String
    public let unlinkNeedsPassword: String
    public let sectionHeading: String
    public let accountLevel: @Sendable (_ level: String, _ meaning: String) -> String
    public let sessionLevel: @Sendable (String) -> String
    public let linkedIdentity: @Sendable (_ provider: String, _ since: String, _ lastUsed: String) -> String
    public let unlinkButton: @Sendable (String) -> String
    public let connectHint: String
    public let gateHeading: String
    public let gateText: @Sendable (_ service: String, _ level: String, _ meaning: String) -> String
    public let gateTooLow: @Sendable (String) -> String
    public let caseGate: @Sendable (_ reference: String, _ level: String, _ meaning: String) -> String
    public let caseNeedsAccount: @Sendable (String) -> String
    public let exportGate: @Sendable (_ level: String, _ meaning: String) -> String
    public let gatePasswordLogin: String
    public let gateRegister: String
    public let gateNoProvider: String
    public let serviceRequirement: @Sendable (String) -> String
    public let noPassword: String
    public let deleteConfirm: String
    public let deleteConfirmMissing: String
    public let setPasswordFirst: String
    public let serviceLink: String
    public let editorLabel: String
    public let editorNone: String
    public let editorLevel: @Sendable (_ level: String, _ meaning: String) -> String
    public let editorInvalid: String
    public let staffLabel: String
    public let staffLevel: @Sendable (String) -> String
    public let staffNoAccount: String
    public let staffAPI: String

    public static func `for`(_ language: Language) -> IdentityText {
        switch language {
        case .german: german
        case .english: english
        }
    }

}
