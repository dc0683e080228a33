import PortalCore

extension IdentityText {
    public static let english = IdentityText(
        otherWays: "Other ways to sign in",
        loginWith: { "Sign in with \($0)" },
        connectWith: { "Connect \($0)" },
        connectPassword: "Your password (to confirm)",
        linkPasswordWrong: "The password is not correct. To connect a sign-in service, please confirm with your password.",
        linkNeedsPassword: { "To connect \($0) to your account, please confirm with your password under “My account”." },
        linkedMailSubject: "New way to sign in to your account",
        linkedMailBody: { provider, reset in
            "Hello,\n\nsigning in with \(provider) has just been connected to your account on the service portal.\n\nWas this not you? Please set a new password at once; you can remove ways to sign in there:\n\(reset)\n"
        },
        resetIdentities: "Ways to sign in connected to your account. Remove any you did not connect yourself:",
        resetRemoveIdentity: { "Remove \($0)" },
        failedHeading: "Signing in did not work",
        cancelled: "Signing in was cancelled. You can try again at any time.",
        unexpectedAnswer:
            "This answer from the sign-in service does not belong to a sign-in in this browser, or signing in took longer than 10 minutes. Please sign in again.",
        rejected:
            "The sign-in service did not confirm your sign-in in a way we can accept. Please try again. If it fails again, write to us through the contact form.",
        unavailable: "The sign-in service cannot be reached right now. Please try again in a few minutes.",
        notConfigured: "This way of signing in is not set up here.",
        noEmail: {
            "\($0) did not give us an e-mail address. We need one to keep you informed about your applications. Please add an address there, or create an account with your e-mail address here."
        },
        emailHasAccount: {
            "There is already an account for the e-mail address \($0) gave us. Sign in with your password, then connect \($0) under “My account”."
        },
        linkedElsewhere: { "This sign-in with \($0) is already connected to another account. Sign out and sign in with \($0) to use that account." },
        accountCreated: "Your account has been created and you are signed in.",
        emailNotConfirmed: {
            "\($0) did not tell us that your e-mail address is confirmed. Please confirm it there, or create an account with your e-mail address here and then connect \($0) under “My account”."
        },
        linked: { "Signing in with \($0) is now connected to your account." },
        unlinked: { "\($0) is no longer connected." },
        unlinkNeedsPassword: "Your account has no password yet. Set one first (through “Forgot your password?”) so that you can still sign in afterwards.",
        sectionHeading: "Ways to sign in and trust level",
        accountLevel: { "Trust level of your account: “\($0)” (\($1))." },
        sessionLevel: { "This sign-in has the trust level “\($0)”." },
        linkedIdentity: { "\($0): connected since \($1), last used \($2)" },
        unlinkButton: { "Disconnect \($0)" },
        connectHint: "Some applications need a higher trust level. Connect your account to a sign-in service for them.",
        gateHeading: "Please sign in",
        gateText: { "To apply for “\($0)” you need to sign in with at least the trust level “\($1)” (\($2)), so that we know for sure who applies." },
        gateTooLow: { "You are signed in with the trust level “\($0)”. That is not enough for this application." },
        caseGate: { "You filed the application \($0) with the trust level “\($1)” (\($2)). To open it, please sign in that way again." },
        caseNeedsAccount: {
            "You filed this application with your account and the trust level “\($0)”. You find it under “My account” when you sign in that way again."
        },
        exportGate: { "Your account holds applications filed with the trust level “\($0)” (\($1)). To download all your data, please sign in that way." },
        gatePasswordLogin: "Sign in with e-mail address and password",
        gateRegister: "No account yet? Create one",
        gateNoProvider:
            "No sign-in service for this trust level is set up here at the moment. Please contact the responsible office; the service page names it.",
        serviceRequirement: { "To apply online you need to sign in with at least the trust level “\($0)”." },
        noPassword:
            "Your account has no password; you sign in through a sign-in service. To change the e-mail address, set a password first (through “Forgot your password?”).",
        deleteConfirm: "Yes, delete my account.",
        deleteConfirmMissing: "Please tick the box to confirm that your account should be deleted.",
        setPasswordFirst: "Set a password",
        serviceLink: "To the description of the service",
        editorLabel: "Signing in for the online application",
        editorNone: "Not needed: possible without an account",
        editorLevel: { "At least trust level “\($0)” (\($1))" },
        editorInvalid: "Please choose one of the offered levels for signing in.",
        staffLabel: "Identification",
        staffLevel: { "Citizen account, trust level “\($0)”" },
        staffNoAccount: "Without an account (with access code)",
        staffAPI: "Received through the API"
    )
}
