import PortalCore

extension StaffMailText {
    static let english = StaffMailText(
        language: .english,
        reviewRequestedSubject: { "For review: \($0)" },
        reviewRequestedBody: { editor, service, link in
            """
            \(editor) has sent the draft of the online service “\(service)” for review.

            You can view, comment on and approve it or request changes here:
            \(link)
            """
        },
        approvedSubject: { "Approved: \($0)" },
        changesRequestedSubject: { "Changes requested: \($0)" },
        reviewedBody: { reviewer, service, approved, link in
            let sentence =
                approved
                ? "\(reviewer) has approved the draft of the online service “\(service)”. You can publish it now."
                : "\(reviewer) has reviewed the draft of the online service “\(service)” and asks for changes. The remarks are with the draft."
            return "\(sentence)\n\n\(link)"
        },
        caseMessageSubject: { "New message on application \($0)" },
        caseMessageBody: { "The applicant has written a message.\n\n\($0)" },
        caseDocumentsSubject: { "Requested documents for application \($0)" },
        caseDocumentsBody: { "The applicant has uploaded the requested documents.\n\n\($0)" },
        arrivalSubject: { "New application \($0)" },
        arrivalBody: { reference, service, link in
            """
            A new application has arrived: \(reference) ("\(service)").

            You find it in the portal's inbox:
            \(link)
            """
        },
        arrivalReceiptAttached: "The acknowledgement with everything the application says is attached as a PDF. It contains personal data."
    )
}
