import Foundation
import PortalCore
import PortalViews

/// Delivering a decision, the same on the case page and through the staff API: the file joins the
/// case, the decision is stored and the case moves to "decided" in one transaction, and the
/// applicant is told where to fetch it. A decision that also goes by post waits for the next print
/// batch (`PrintBatch`).
struct DecisionDelivery: Sendable {
    let uploads: any UploadStore
    let decisions: any DecisionStore
    let catalog: any CatalogStore
    let notice: ApplicantNotice
    /// When the print service's batch leaves; nil when none is configured.
    let printBatchTime: String?

    enum PostProblem: Error, Hashable {
        case noPrintService
        case noPostalRecipient

        func message(_ language: Language) -> String {
            let words = CaseWorkText.for(language)
            switch self {
            case .noPrintService: return words.noPrintService
            case .noPostalRecipient: return words.byPostNoAddress
            }
        }
    }

    /// The letter's recipient, for a decision that is to go by post too.
    func postalRecipient(of submission: Submission) async throws -> Result<PostalRecipient, PostProblem> {
        guard printBatchTime != nil else { return .failure(.noPrintService) }
        let schema = try await catalog.formVersion(id: submission.formVersionID)?.schema
        guard let recipient = PostalRecipient.of(submission, schema: schema) else { return .failure(.noPostalRecipient) }
        return .success(recipient)
    }

    /// Throws `CaseTransitionError` when the case cannot be decided now.
    func deliver(_ decision: Decision, of submission: Submission, owner: String) async throws {
        try await uploads.attach([decision.file.id], owner: owner, to: submission.id)
        try await decisions.deliver(decision)
        await notice.send(submission) { words, reference, service, link in
            (words.decisionMailSubject(reference), words.decisionMailBody(reference, service, link))
        }
    }
}
