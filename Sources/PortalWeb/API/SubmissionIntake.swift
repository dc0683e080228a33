import Foundation
import PortalCore

/// Files a validated submission: picks a free reference, stores the submission together with its
/// hand-over job, and returns only after the commit. Shared by the API and the HTML form flow.
struct SubmissionIntake: Sendable {
    let submissions: any SubmissionStore
    let now: @Sendable () -> Date
    let ids: IDGenerator
    let references: ReferenceGenerator
    let timeZone: TimeZone

    func file(_ answers: Answers, for service: Service, version: FormVersion, isTest: Bool = false, account: CitizenAccount.ID? = nil,
              trustLevel: TrustLevel? = nil, identity: IdentityKey? = nil, accessCodeHash: String? = nil, language: Language? = nil) async throws -> Submission {
        // Every way in ends here, so a service's minimum trust level holds for the API too (which
        // signs nobody in); staff test submissions are not asked.
        if let minimum = service.minimumTrustLevel, !isTest, (account == nil ? nil : trustLevel ?? .basic).map({ $0 < minimum }) ?? true {
            throw APIError(.forbidden, "Diese Leistung verlangt eine Anmeldung mindestens mit dem Vertrauensniveau „\(minimum.label())“; stellen Sie den Antrag bitte über das Portal.")
        }
        // Whole milliseconds, the stored precision, so the receipt shows exactly what is stored.
        let receivedAt = Date(timeIntervalSince1970: (now().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        let year = LocalDate(receivedAt, in: timeZone).year
        // 32^8 references per prefix and year make a collision rare; retrying covers it.
        for _ in 0..<5 {
            let submission = Submission.received(
                id: ids(), reference: references(prefix: service.referencePrefix, year: year),
                service: service, version: version, answers: answers, at: receivedAt, isTest: isTest, account: account, accessCodeHash: accessCodeHash,
                trustLevel: trustLevel, language: language, identity: identity
            )
            let jobs = [
                Job(id: ids(), kind: .submissionReceived, payload: submission.id.description, runAt: receivedAt),
                Job(id: ids(), kind: .makeReceipt, payload: submission.id.description, runAt: receivedAt),
            ]
            do {
                try await submissions.create(submission, jobs: jobs)
                return submission
            } catch is DuplicateReference {
                continue
            }
        }
        throw APIError(.serviceUnavailable, "Es konnte kein freies Aktenzeichen vergeben werden. Bitte versuchen Sie es erneut.")
    }
}
