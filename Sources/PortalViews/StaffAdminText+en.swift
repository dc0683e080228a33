import PortalCore

extension StaffAdminText {
    public static let english = StaffAdminText(
        language: .english,
        codeTitle: "Confirm your sign-in",
        codeIntro:
            "Enter the six-digit code your authenticator app shows now. If you do not have your device with you, enter one of your recovery codes instead.",
        codeLabel: "Code or recovery code",
        codeButton: "Confirm",
        codeWrong: "The code is wrong or has already been used. Enter the code the app shows now.",
        signInExpired: "The sign-in has expired. Please sign in again.",
        recoveryCodeUsed: { remaining in
            "You signed in with a recovery code; \(remaining) remain. If your device is lost, ask the portal administration to reset your second factor."
        },
        cancel: "Cancel",
        enrolTitle: "Set up a second factor",
        enrolRequired: "Your access requires a second factor. Set it up now; you are then signed in.",
        enrolInstall: "Install an authenticator app on your work phone, for example FreeOTP, Aegis, Microsoft Authenticator or Google Authenticator.",
        enrolScan: "Scan the QR code with the app. If that does not work, enter the key by hand (time-based, 6 digits, 30 seconds).",
        qrLabel: "QR code for the authenticator app",
        secretLabel: "Key to enter by hand",
        enrolEnterCode: "To confirm, enter the code the app shows now.",
        appCode: "Code from the app",
        enrolButton: "Set up",
        enrolCodeWrong: "The code does not match the key. Check that your device's clock is right and enter the current code.",
        codesTitle: "Second factor set up",
        codesIntro:
            "Keep these ten recovery codes safe, for example printed in a locked cupboard. If your device is lost, sign in with one of them; each works once. The codes are shown only now.",
        continueLink: "Continue",
        ownAccessTitle: "My access",
        yourAccount: "Your access",
        changePassword: "Change password",
        currentPassword: "Current password",
        newPassword: "New password",
        newPasswordHint: "At least 10 characters. A long sentence is safer than a short word with special characters.",
        changePasswordButton: "Change password",
        currentPasswordWrong: "The current password is wrong.",
        passwordChanged: "Your password has been changed.",
        secondFactor: "Second factor",
        secondFactorActive: { since, unused in "Set up on \(since). Unused recovery codes: \(unused)." },
        secondFactorMissing: "Not set up yet. With a second factor a guessed password alone is of no use.",
        secondFactorRequiredForYou: "Your access requires the second factor.",
        setUpSecondFactor: "Set up a second factor",
        setPasswordTitle: "Set your password",
        setPasswordIntro: { name, username in
            "Hello \(name), set a password for your access “\(username)”. You then sign in with user name and password."
        },
        setPasswordButton: "Save password",
        linkInvalid: "This link has expired or has already been used. Ask the portal administration for a new one.",
        passwordSaved: "Your password has been saved. Please sign in.",
        administration: "Administration",
        administrationIntro: "Manage the staff's access and the portal's pages here. Every change is recorded.",
        staffAccounts: "Staff",
        staffAccountsDescription: "Invite staff, change roles and org units, lock access, reset passwords and second factors.",
        portalPagesDescription: "Imprint, privacy, accessibility, help and sign language.",
        statisticsDescription: "use, drop-offs, processing times and satisfaction per service and period, compared and as CSV.",
        auditDescription: "who opened or changed which case when, and who managed access; as CSV for a period.",
        apiKeys: "API keys",
        apiKeysDescription: "Create keys for specialist software and DMS, see their last use, revoke them.",
        keyName: "Name",
        keyNameHint: "What the key is for, for example “Water rights software”.",
        keyOrgUnit: "Org unit",
        keyOrgUnitHint: "The key sees only this org unit's applications.",
        keyScopes: "May",
        scope: { scope in
            switch scope {
            case .readSubmissions: "list and read applications"
            case .acknowledgeSubmissions: "acknowledge the receipt of applications"
            case .writeBack: "set the status and send messages to applicants"
            }
        },
        keyCreated: "Created",
        keyLastUsed: "Last used",
        keyRevoked: "revoked",
        revoke: "Revoke",
        createKey: "Create key",
        newKeyHeading: "Create a new key",
        secretShownOnce: { name in "The key “\(name)” has been created. Enter it in the software now: it is shown only this once and stored nowhere." },
        revokedNotice: { name in "The key “\(name)” has been revoked; within 10 seconds it is accepted nowhere." },
        noKeys: "No keys yet.",
        keyProblem: { problem in
            switch problem {
            case .nameMissing: "Enter a name."
            case .nameTooLong: "The name may be at most 100 characters long."
            case .noScope: "Choose at least one permission."
            case .unknownOrgUnit: "Choose an org unit."
            }
        },
        orgUnitsTitle: "Org units",
        orgUnitsDescription: "District, departments and sections with a shared mailbox and the approval rule; who belongs to them and which services they own.",
        unitName: "Name",
        unitSlug: "Short name",
        unitSlugHint: "Lower-case letters, digits and hyphens, for example water-authority.",
        unitParent: "Belongs to",
        unitTop: "– top level –",
        unitMailbox: "Shared mailbox",
        unitMailboxHint: "Notices about cases nobody has taken yet go there. Empty: to all case workers of the unit.",
        unitApproval: "Drafts of its services need the department's approval",
        unitServices: "Services owned",
        unitMembers: "Staff",
        noServices: "none",
        newUnitHeading: "New org unit",
        createUnit: "Create",
        unitCreated: { name in "The org unit “\(name)” has been created." },
        unitOf: { name in "Org unit “\(name)”" },
        unitProblem: { problem in
            switch problem {
            case .nameMissing: "Enter the name."
            case .slugInvalid: "The short name may contain only lower-case letters, digits and hyphens (2 to 60 characters)."
            case .slugTaken: "Another org unit already has this short name."
            case .unknownParent: "This parent unit does not exist."
            case .parentBelowItself: "A unit cannot belong to itself or to a unit below it."
            case .mailboxInvalid: "Enter the shared mailbox like name@example.org."
            }
        },
        approvalYes: "approval needed",
        approvalNo: "no approval",
        changeEmail: "Change e-mail address",
        newEmail: "New e-mail address",
        passwordToConfirm: "Your password to confirm",
        sendConfirmation: "Send confirmation link",
        emailLinkSent: { email in "We have sent a link to \(email). The address applies once you confirm it there (48 hours)." },
        confirmEmailTitle: "Confirm your new e-mail address",
        confirmEmailText: { email in "Confirm that \(email) is to be the address of your access." },
        confirmEmailButton: "Confirm address",
        emailChanged: { email in "Your e-mail address is now \(email)." },
        emailConfirmSubject: { portal in "Confirm your new e-mail address for \(portal)" },
        emailConfirmBody: { name, portal, link in
            """
            Hello \(name),

            please confirm this address for your access to \(portal) (the link works once, for 48 hours):
            \(link)

            If you did not ask for this, please delete this message.
            """
        },
        emailChangedSubject: { portal in "Your e-mail address at \(portal) has changed" },
        emailChangedBody: { name, portal, email in
            """
            Hello \(name),

            the e-mail address of your access to \(portal) is now \(email).
            If you did not do this yourself, please contact the portal administration at once.
            """
        },
        name: "Name",
        username: "User name",
        usernameHint: "Lower-case letters, digits, dot, hyphen or underscore, for example m.mueller.",
        email: "Work e-mail address",
        emailHint: "The link to set the password goes there; it works for 72 hours.",
        roles: "Roles",
        orgUnits: "Org units",
        noOrgUnit: "none",
        lastSignIn: "Last sign-in",
        never: "never",
        status: "Status",
        active: "active",
        invited: "invited",
        deactivated: "locked",
        inviteHeading: "Invite new staff",
        inviteButton: "Invite",
        invitedNotice: { name, email in "\(name) has been invited. The link to set a password went to \(email)." },
        accountOf: { name in "Access of \(name)" },
        save: "Save",
        saved: "The changes have been saved.",
        accessHeading: "Access",
        deactivate: "Lock access",
        deactivatedNotice: "The access is locked; open sessions have ended.",
        reactivate: "Unlock access",
        reactivatedNotice: "The access is unlocked again.",
        sendPasswordLink: "Send a link to set a new password",
        passwordLinkSent: { email in "A link to set a new password went to \(email); it works for 24 hours." },
        removeSecondFactor: "Reset second factor",
        secondFactorRemoved: "The second factor has been reset. It is set up again at the next sign-in.",
        secondFactorOfAccount: { enrolled in enrolled ? "set up" : "not set up" },
        history: "History",
        noHistory: "No entries yet.",
        when: "When",
        who: "By",
        what: "What",
        errorTitle: "Please check your entries",
        role: { role in
            switch role {
            case .caseWorker: "Case work"
            case .editor: "Online editing"
            case .reviewer: "Department review"
            case .privacyOfficer: "Data protection"
            case .statistics: "Statistics"
            case .treasury: "Treasury"
            case .admin: "Administration"
            }
        },
        action: { action in
            switch action {
            case .submissionRead: "opened the application"
            case .staffInvited: "invited"
            case .staffChanged: "changed name, address, roles or org units"
            case .staffDeactivated: "locked the access"
            case .staffReactivated: "unlocked the access"
            case .staffPasswordResetSent: "sent a link for a new password"
            case .staffSecondFactorRemoved: "reset the second factor"
            case .staffPasswordSet: "set the password"
            case .staffSecondFactorEnrolled: "set up the second factor"
            case .staffRecoveryCodeUsed: "signed in with a recovery code"
            case .caseAssigned: "changed who handles the case"
            case .statusChanged: "changed the status"
            case .decisionDelivered: "delivered the decision"
            case .messageSent: "wrote a message"
            case .trailExported: "downloaded the audit trail"
            case .apiKeyCreated: "created an API key"
            case .apiKeyRevoked: "revoked an API key"
            case .orgUnitCreated: "created the org unit"
            case .orgUnitChanged: "changed the org unit"
            case .staffEmailChanged: "confirmed and changed the e-mail address"
            case .staffDirectoryLinked: "connected to the directory"
            case .staffDirectoryUnlinked: "disconnected from the directory"
            case .portalSettingsChanged: "changed the portal settings"
            case .handoverRetried: "sent a hand-over again"
            case .handoverChannelAdded: "added a hand-over channel"
            case .handoverChannelRemoved: "removed a hand-over channel"
            case .handoverSecretRotated: "rotated a webhook secret"
            case .handoverAcknowledged: "acknowledged by the specialist software"
            case .decisionPrinted: "handed the decision to the print service"
            case .legalHoldSet: "set a legal hold"
            case .legalHoldLifted: "lifted the legal hold"
            }
        },
        error: { error in
            switch error {
            case .directoryOnly: "This account signs in only through the directory; no password link is sent for it."
            case .nameMissing: "Enter the name."
            case .usernameInvalid: "The user name may contain only lower-case letters, digits, dot, hyphen and underscore (2 to 50 characters)."
            case .usernameTaken: "Another access already has this user name. Choose a different one."
            case .emailInvalid: "Enter an e-mail address like name@example.org."
            case .emailTaken: "There is already an access with this e-mail address."
            case .noRole: "Choose at least one role."
            case .unknownOrgUnit: "This org unit does not exist."
            case .deactivateSelf: "You cannot lock your own access."
            case .lastAdmin: "This is the last active access with the administration role. Give the role to another access first."
            case .noEmail: "The access has no e-mail address. Enter one and save first."
            }
        },
        invitationSubject: { portal in "Your access to \(portal)" },
        invitationBody: { name, portal, username, link in
            """
            Hello \(name),

            an access to \(portal) has been created for you. Your user name: \(username)

            Set your password with this link (it works once, for 72 hours):
            \(link)

            If you did not expect an access, please delete this message.
            """
        },
        resetSubject: { portal in "New password for \(portal)" },
        resetBody: { name, portal, username, link in
            """
            Hello \(name),

            the portal administration has started a new password for your access “\(username)” to \(portal).
            Set it with this link (it works once, for 24 hours):
            \(link)

            Your current password works until you set a new one.
            """
        }
    )
}
