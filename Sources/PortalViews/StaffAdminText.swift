import PortalCore

/// The words of staff administration and staff sign-in: the second factor, one's own access, the
/// admin's pages for staff accounts, and the mails with set-password links. German first, English second.
public struct StaffAdminText: Sendable {
    public let language: Language

    // Signing in with a second factor.
    public let codeTitle: String
    public let codeIntro: String
    public let codeLabel: String
    public let codeButton: String
    public let codeWrong: String
    public let signInExpired: String
    public let recoveryCodeUsed: @Sendable (_ remaining: Int) -> String
    public let cancel: String

    // Setting up the second factor.
    public let enrolTitle: String
    public let enrolRequired: String
    public let enrolInstall: String
    public let enrolScan: String
    public let qrLabel: String
    public let secretLabel: String
    public let enrolEnterCode: String
    public let appCode: String
    public let enrolButton: String
    public let enrolCodeWrong: String
    public let codesTitle: String
    public let codesIntro: String
    public let continueLink: String

    // One's own access.
    public let ownAccessTitle: String
    public let yourAccount: String
    public let changePassword: String
    public let currentPassword: String
    public let newPassword: String
    public let newPasswordHint: String
    public let changePasswordButton: String
    public let currentPasswordWrong: String
    public let passwordChanged: String
    public let secondFactor: String
    public let secondFactorActive: @Sendable (_ since: String, _ unusedCodes: Int) -> String
    public let secondFactorMissing: String
    public let secondFactorRequiredForYou: String
    public let setUpSecondFactor: String

    // Setting a password through a mailed link.
    public let setPasswordTitle: String
    public let setPasswordIntro: @Sendable (_ name: String, _ username: String) -> String
    public let setPasswordButton: String
    public let linkInvalid: String
    public let passwordSaved: String

    // Administration.
    public let administration: String
    public let administrationIntro: String
    public let staffAccounts: String
    public let staffAccountsDescription: String
    public let portalPagesDescription: String
    public let statisticsDescription: String
    public let auditDescription: String
    public let apiKeys: String
    public let apiKeysDescription: String
    public let keyName: String
    public let keyNameHint: String
    public let keyOrgUnit: String
    public let keyOrgUnitHint: String
    public let keyScopes: String
    public let scope: @Sendable (APIKey.Scope) -> String
    public let keyCreated: String
    public let keyLastUsed: String
    public let keyRevoked: String
    public let revoke: String
    public let createKey: String
    public let newKeyHeading: String
    public let secretShownOnce: @Sendable (_ name: String) -> String
    public let revokedNotice: @Sendable (_ name: String) -> String
    public let noKeys: String
    public let keyProblem: @Sendable (APIKey.Problem) -> String
    public let orgUnitsTitle: String
    public let orgUnitsDescription: String
    public let unitName: String
    public let unitSlug: String
    public let unitSlugHint: String
    public let unitParent: String
    public let unitTop: String
    public let unitMailbox: String
    public let unitMailboxHint: String
    public let unitApproval: String
    public let unitServices: String
    public let unitMembers: String
    public let noServices: String
    public let newUnitHeading: String
    public let createUnit: String
    public let unitCreated: @Sendable (_ name: String) -> String
    public let unitOf: @Sendable (_ name: String) -> String
    public let unitProblem: @Sendable (OrgUnitTree.Problem) -> String
    public let approvalYes: String
    public let approvalNo: String
    public let changeEmail: String
    public let newEmail: String
    public let passwordToConfirm: String
    public let sendConfirmation: String
    public let emailLinkSent: @Sendable (_ email: String) -> String
    public let confirmEmailTitle: String
    public let confirmEmailText: @Sendable (_ email: String) -> String
    public let confirmEmailButton: String
    public let emailChanged: @Sendable (_ email: String) -> String
    public let emailConfirmSubject: @Sendable (_ portal: String) -> String
    public let emailConfirmBody: @Sendable (_ name: String, _ portal: String, _ link: String) -> String
    public let emailChangedSubject: @Sendable (_ portal: String) -> String
    public let emailChangedBody: @Sendable (_ name: String, _ portal: String, _ email: String) -> String
    public let name: String
    public let username: String
    public let usernameHint: String
    public let email: String
    public let emailHint: String
    public let roles: String
    public let orgUnits: String
    public let noOrgUnit: String
    public let lastSignIn: String
    public let never: String
    public let status: String
    public let active: String
    public let invited: String
    public let deactivated: String
    public let inviteHeading: String
    public let inviteButton: String
    public let invitedNotice: @Sendable (_ name: String, _ email: String) -> String
    public let accountOf: @Sendable (_ name: String) -> String
    public let save: String
    public let saved: String
    public let accessHeading: String
    public let deactivate: String
    public let deactivatedNotice: String
    public let reactivate: String
    public let reactivatedNotice: String
    public let sendPasswordLink: String
    public let passwordLinkSent: @Sendable (_ email: String) -> String
    public let removeSecondFactor: String
    public let secondFactorRemoved: String
    public let secondFactorOfAccount: @Sendable (_ enrolled: Bool) -> String
    public let history: String
    public let noHistory: String
    public let when: String
    public let who: String
    public let what: String
    public let errorTitle: String
    public let role: @Sendable (StaffRole) -> String
    public let action: @Sendable (AuditEvent.Action) -> String
    public let error: @Sendable (StaffAdminError) -> String

    // Mails.
    public let invitationSubject: @Sendable (_ portal: String) -> String
    public let invitationBody: @Sendable (_ name: String, _ portal: String, _ username: String, _ link: String) -> String
    public let resetSubject: @Sendable (_ portal: String) -> String
    public let resetBody: @Sendable (_ name: String, _ portal: String, _ username: String, _ link: String) -> String

    public static func `for`(_ language: Language) -> StaffAdminText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
