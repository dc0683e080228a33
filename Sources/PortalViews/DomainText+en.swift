import PortalCore

extension DomainText {
    public static let english = DomainText(
        language: .english,
        caseStatus: { status in
            switch status {
            case .received: "Received"
            case .inProgress: "In progress"
            case .waitingForApplicant: "Waiting for the applicant"
            case .decided: "Decided"
            case .completed: "Completed"
            case .rejected: "Rejected"
            case .withdrawn: "Withdrawn"
            }
        },
        applicantStatus: { status, awaitingDocuments in
            switch status {
            case .received: "Received"
            case .inProgress: "We are working on your application"
            case .waitingForApplicant: awaitingDocuments ? "We are waiting for your documents" : "We are waiting for your reply"
            case .decided: "Decided – your decision is ready"
            case .completed: "Completed"
            case .rejected: "Rejected"
            case .withdrawn: "Withdrawn by you"
            }
        },
        nextSteps: { status in
            switch status {
            case .received: "Your application has arrived. The office checks it and gets in touch if anything is missing."
            case .inProgress: "The office is working on your application. You get an e-mail whenever its status changes."
            case .waitingForApplicant: "The office is waiting for your answer or documents. Please look under “Messages”."
            case .decided: "Your application is decided. The decision is on this page."
            case .completed: "Your application is completed."
            case .rejected: "Your application was rejected. The reasons are in the decision the office sends you."
            case .withdrawn: "You withdrew the application. It is not processed any further."
            }
        },
        trustLevel: { level in
            switch level {
            case .basic: "basic"
            case .substantial: "substantial"
            case .high: "high"
            }
        },
        trustLevelExplanation: { level in
            switch level {
            case .basic: "signing in with an e-mail address and a password"
            case .substantial: "signing in with, for example, an ELSTER certificate"
            case .high: "signing in with the online function of the ID card (eID)"
            }
        },
        reviewState: { state in
            switch state {
            case .editing: "Being edited"
            case .inReview: "In review with the department"
            case .changesRequested: "Changes requested"
            case .approved: "Approved by the department"
            }
        },
        decisionOutcome: { outcome in
            switch outcome {
            case .granted: "Granted"
            case .partlyGranted: "Partly granted"
            case .refused: "Refused"
            }
        },
        contactCategory: { category in
            switch category {
            case .question: "Question about the service"
            case .technical: "Technical problem"
            case .accessibility: "Report a barrier (accessibility)"
            case .other: "Other"
            }
        },
        transitionRefused: { "A case with the status “\($0)” cannot be set to “\($1)”." },
        applicant: "Applicant",
        noteDocumentsUploaded: "Requested documents uploaded.",
        noteRequestAnswered: { "Request answered; not sent: \($0)." },
        noteDocumentsRequested: { "Documents requested by \($0): \($1)" },
        noteDecisionDelivered: { "Decision delivered: \($0)" }
    )
}
