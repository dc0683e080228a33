import PortalCore

extension DirectoryText {
    public static let english = DirectoryText(
        or: "Or with user name and password:",
        button: { directory in "Sign in with \(directory)" },
        failedHeading: "Signing in through the directory did not work",
        refusal: { refusal in
            switch refusal {
            case .noAccount:
                "There is no portal account for your directory account. Accounts are created by the administrators; please contact them."
            case .deactivated: "Your portal account is locked. Please contact the administrators."
            case .boundToAnotherSubject:
                "The account with your e-mail address is already connected to another directory account. Please contact the administrators."
            case .noRole: "Your directory account has no role for the portal. Please contact the administrators."
            }
        },
        cancelled: "The sign-in was cancelled at the directory. You can try again.",
        unavailable: "The directory cannot be reached just now. Please try again later or sign in with your password.",
        unexpectedAnswer: "The directory's answer belongs to no sign-in started here, or came too late. Please start again.",
        notConfigured: "Signing in through the directory is not fully set up (BASE_URL is missing). Please sign in with your password.",
        passwordSignInOff: { directory in "This account signs in only with \(directory), not with a password." },
        backToSignIn: "To the sign-in",
        directoryOnly: "Sign in only through the directory",
        directoryOnlyHint: "No password then works for this account; password links are not sent.",
        linked: "connected",
        notLinked: "not connected yet (happens at the first sign-in through the directory)",
        directoryAccount: "Directory account",
        unlink: "Disconnect the directory account",
        unlinkedNotice: "The directory account is disconnected. The next sign-in through the directory connects again.",
        rolesFromDirectory: "The directory assigns the roles; they are taken over at every sign-in.",
        invitationSubject: { portal in "Your access to \(portal)" },
        invitationBody: { name, portal, directory, link in
            """
            Hello \(name),

            an account for \(portal) has been set up for you. You sign in with \(directory), using your usual administration account:

            \(link)

            You do not need a separate password for the portal.
            """
        }
    )
}
