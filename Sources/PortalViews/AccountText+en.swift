import PortalCore

extension AccountText {
    public static let english = AccountText(
        language: .english,
        register: "Create an account",
        registerIntro: "With an account you find your applications and their status at any time under “My applications”. You can apply without an account too.",
        email: "E-mail address", password: "Password",
        newPasswordHint: "At least 10 characters. A sentence of several words is safe and easy to remember.",
        createAccount: "Create account",
        checkYourMail: "Please confirm your e-mail address",
        checkYourMailText: { "We have sent an e-mail to \($0). Open the link in it within 48 hours to use your account. Please check your spam folder too." },
        confirmHeading: "Confirm your e-mail address",
        confirmIntro: "Confirm your e-mail address here. Then you can sign in.",
        confirmButton: "Confirm address",
        confirmed: "Your e-mail address is confirmed. You can sign in now.",
        linkInvalid: "This link no longer works",
        linkInvalidText: "The link has expired or was used already. Request a new one if you need it.",
        login: "Sign in",
        loginIntro: "Sign in with your e-mail address and your password.",
        loginButton: "Sign in",
        loginFailed: "The e-mail address or password is not correct.",
        notVerified: "Your e-mail address is not confirmed yet. Please open the link in our e-mail.",
        forgotLink: "Forgotten your password?", registerLink: "No account yet? Create one", loginLink: "To sign-in",
        forgotHeading: "Forgotten password",
        forgotIntro: "Enter your account's e-mail address. We send you a link to set a new password.",
        forgotButton: "Request link",
        forgotSent: "If there is an account with this address, we have sent a link. It works for one hour.",
        resetHeading: "Set a new password", resetButton: "Save password",
        passwordChanged: "Your password is changed. Please sign in.",
        myAccount: "My account", signedInAs: { "Signed in as \($0)" }, myApplications: "My applications",
        noApplications: "You have not filed an application with this account yet.", logout: "Sign out", loggedOut: "You are signed out.",
        timeline: "History", whatNext: "What happens next?", processingTime: { "Usual processing time: \($0)" },
        mailbox: "Messages", mailboxEmpty: "There are no messages about this application yet.",
        mailboxLabel: "Your message to the office", mailboxStaffLabel: "Message to the applicant",
        mailboxSend: "Send message", attachments: "Attachments (optional)",
        attachmentsHint: "PDF, JPEG or PNG, up to 10 MB per file, three files at most.",
        mailboxClosed: "The case is closed; no new messages are possible.",
        newMarker: "New", messageSent: "Your message is sent.",
        messageMailSubject: { "New message about your application \($0)" },
        messageMailBody: { reference, service, link in
            "Hello,\n\nthere is a new message from the office about your application \(reference) (\(service)). For data protection it is not in this e-mail; read it here:\n\n\(link)"
        },
        withdrawHeading: "Withdraw the application",
        withdrawHint: "If you no longer need it, you can withdraw the application as long as it is not decided. This cannot be undone.",
        withdrawConfirm: "Yes, I withdraw my application.", withdrawButton: "Withdraw application",
        withdrawMissing: "Please confirm that you want to withdraw the application.", withdrawDone: "Your application is withdrawn.",
        prefilledNotice: "Some answers are filled in from your account already. Please check them; you can change them here.",
        profileHeading: "My details for forms",
        profileHint: "What you enter here is filled into the matching fields of new applications. You can change it there at any time.",
        profileSave: "Save details",
        profileLabels: ["Given name", "Family name", "Street and number", "Postal code", "Town", "Phone number"],
        profileSaved: "Your details are saved.",
        exportHeading: "My data",
        exportText:
            "Download everything the portal keeps about your account: account data, applications with your answers, history, messages and files (a ZIP archive with a JSON file and your files, Art. 15 and 20 GDPR).",
        exportLink: "Download my data (ZIP)",
        changeEmailHeading: "Change e-mail address", newEmail: "New e-mail address", currentPassword: "Your password",
        changeEmailButton: "Confirm the new address",
        changeEmailSent: { "We have sent a link to \($0). The new address counts only once you open it." },
        emailChanged: "Your new e-mail address is in use now. Please sign in with it.",
        emailTaken: "This address cannot be used.",
        deleteHeading: "Delete account",
        deleteText:
            "If you delete your account, your applications stay with the office, which must keep them. They are no longer linked to an account; you can still follow them with reference and access code. Deleting cannot be undone.",
        deleteButton: "Delete account for good", deleted: "Your account is deleted.",
        wrongPassword: "The password is not correct.",
        changeMailSubject: "Please confirm your new e-mail address",
        changeMailBody: {
            "Hello,\n\nyou want to move your account at the service portal to this address. Please confirm with this link (valid for 48 hours):\n\n\($0)\n\nIf this was not you, you need not do anything."
        },
        documentsHeading: "Missing documents",
        documentsIntro: { "The office asks you for these documents by \($0). PDF, JPEG and PNG up to 10 MB per file are accepted." },
        documentsSubmit: "Upload documents",
        documentsDone: "Thank you, your documents have arrived.",
        requestMailSubject: { "Please send documents: application \($0)" },
        requestMailBody: { reference, service, documents, deadline, link in
            "Hello,\n\nyour application \(reference) (\(service)) still lacks documents. Please upload by \(deadline):\n\n"
                + documents.map { "- \($0)" }.joined(separator: "\n") + "\n\nYou can do so here:\n\n\(link)"
        },
        reminderMailSubject: { "Reminder: documents for your application \($0)" },
        decision: "Decision", decisionOutcome: "Outcome", decisionDownload: "Download the decision (PDF)", decisionFetch: "Fetch the decision (PDF)",
        decisionFetchHint:
            "Fetching the decision delivers it to you; it counts as announced on the day after. Afterwards you can download it again at any time.",
        decisionDeliveredOn: { "Delivered on \($0)" },
        decisionMailSubject: { "Decision on your application \($0)" },
        decisionMailBody: { reference, service, link in
            "Hello,\n\nyour application \(reference) (\(service)) is decided. You can fetch the decision here:\n\n\(link)\n\nFor data protection it is not attached to this e-mail."
        },
        receipt: "Acknowledgement of receipt", receiptDownload: "Download the acknowledgement of receipt (PDF)",
        receiptPending: "The acknowledgement of receipt is being made. Please reload the page in a moment.",
        emailMissing: "Please enter your e-mail address.",
        emailInvalid: "Please enter an e-mail address like name@example.com.",
        verifyMailSubject: "Please confirm your e-mail address",
        verifyMailBody: {
            "Hello,\n\nyou created an account at the service portal. Please confirm your e-mail address with this link (valid for 48 hours):\n\n\($0)\n\nIf you did not create an account, you need not do anything."
        },
        existsMailSubject: "Your account at the service portal",
        existsMailBody: {
            "Hello,\n\nsomeone tried to create an account with your e-mail address. You have one already. If you forgot your password, set a new one here:\n\n\($0)\n\nIf this was not you, you need not do anything."
        },
        resetMailSubject: "New password for your account",
        resetMailBody: {
            "Hello,\n\nset a new password with this link (valid for one hour):\n\n\($0)\n\nIf you did not ask for a new password, you need not do anything; your password stays as it is."
        },
        statusMailSubject: { "New status of your application \($0)" },
        statusMailBody: { reference, service, status, link in
            "Hello,\n\nyour application \(reference) (\(service)) has a new status: \(status).\n\nSign in and see the details under “My applications”:\n\n\(link)"
        },
        followAnotherCase: "Follow another application",
        redressHeading: "If you disagree with the decision",
        documentsReceived: "Received",
        documentsUploadAgain: "Upload another file (replaces the earlier one)",
        documentsFinish: "Finish without the other documents",
        documentsFinishHint:
            "You can upload each document on its own, also at different times. If you do not have a document, finish the request; you are welcome to write us a message below.",
        documentsChooseOne: "Please choose at least one file, or finish the request without the other documents.",
        documentsPartial: { received, pending in "Thank you, received: \(received.joined(separator: ", ")). Still missing: \(pending.joined(separator: ", "))."
        },
        documentsKept: "The other files you chose have arrived and are listed above as “Received”.",
        documentsSentHeading: "Documents you sent later",
        documentsSentOn: { date in "sent on \(date)" },
        followYourApplication: "Follow your application",
        enterTheReferenceAndThe:
            "Enter the reference and the access code from your acknowledgement of receipt. With an account you find your applications under “My account” too.",
        reference: "Reference",
        forExampleBru2026K7qm: "For example BRU-2026-K7QM-4XD2.",
        accessCode: "Access code",
        t12CharactersForExampleK7qm: "12 characters, for example K7QM-4XD2-9ABC.",
        showStatus: "Show status",
        signInWithAnAccount: "Sign in with an account",
        referenceAndAccessCodeDo: "Reference and access code do not match. Please check both.",
        you: "You",
        noDocumentsAreStillRequested: "No documents are (still) requested for this application.",
        theseDocumentsHaveArrivedAlready: "These documents have arrived already."
    )
}
