import PortalCore

extension CaseWorkText {
    public static let english = CaseWorkText(
        documentRequests: "Document requests",
        requestDocuments: "Request documents",
        missingDocumentsOnePerLine: "Missing documents (one per line)",
        deadline: "Deadline",
        ddMmYyyyForExample: "DD.MM.YYYY, for example 24.12.2026.",
        fetchedByTheApplicantOn: { p1 in "Fetched by the applicant on \(p1)" },
        notFetchedYet: "Not fetched yet",
        decision: "Decision",
        outcome: "Outcome",
        delivered: "Delivered",
        retrieval: "Retrieval",
        deliverTheDecision: "Deliver the decision",
        decisionAsPdfAtMost: "Decision as PDF (at most 20 MB)",
        continueToCheck: "Continue to check",
        messages: "Messages",
        actions: "Actions",
        sectionsOfThisApplication: "Sections of this application"
    )
}
