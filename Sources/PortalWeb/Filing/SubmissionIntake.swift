import Foundation
import Metrics
import PortalCore
import PortalViews

/// The one way an application is filed, for the web form and the API alike: checks the service's
/// trust level and the client's limit, picks a free reference, composes the acknowledgement, and
/// commits submission, attachments, jobs, mail, access code, counts and the saved draft's removal
/// in one transaction (`Filing`). Returns only after the commit; throws `IntakeError`.
struct SubmissionIntake: Sendable {
    let submissions: any SubmissionStore
    let now: @Sendable () -> Date
    let ids: IDGenerator
    let references: ReferenceGenerator
    let timeZone: TimeZone
    let throttle: Throttle
    let frame: PageFrame
    let publicBaseURL: String?

    /// A validated application as a channel hands it in.
    struct Application: Sendable {
        var answers: Answers
        var form: PublishedForms.Entry
        var language: Language = .german
        /// The signed-in citizen: their account, the level they signed in at (none said: basic) and
        /// the identity it came from.
        var account: CitizenAccount.ID?
        var trustLevel: TrustLevel?
        var identity: IdentityKey?
        /// The draft whose uploads become attachments and whose saved copy is removed.
        var draftID: String?
        var attachments: [UploadedFile.ID] = []
        /// The client counted against `submissionsPerClient`; nil for API keys and staff tests.
        var client: String?
        /// It waited for its payment, which the platform confirmed: filed with the ID, reference and
        /// access code drawn before paying.
        var paid: PendingApplication?
    }

    /// What the channel tells the applicant.
    struct Filed: Sendable {
        var submission: Submission
        var accessCode: AccessCode
        var acknowledgement: Acknowledgement
    }

    /// What became of the acknowledgement mail, for the confirmation's wording.
    enum Acknowledgement: String, Sendable {
        /// No address among the answers: the confirmation is the only place of the code.
        case notMailed = "not-mailed"
        /// The address had many mails already.
        case refused
        case mailed
    }

    func file(_ application: Application) async throws -> Filed {
        let (service, version) = (application.form.service, application.form.version)
        let isTest = application.form.isTest
        // Every way in ends here, so a service's minimum trust level holds for the API too (which
        // signs nobody in); staff test submissions are not asked.
        let trustLevel = application.account == nil ? nil : application.trustLevel ?? .basic
        if let minimum = service.minimumTrustLevel, !isTest, trustLevel.map({ $0 < minimum }) ?? true {
            throw IntakeError.trustLevelTooLow(minimum: minimum)
        }
        // The client's applications and the address's mails are counted in one read.
        let address = version.schema.applicantEmailField.flatMap { field -> String? in
            if case .text(let address)? = application.answers[field.key] { address } else { nil }
        }
        let client = application.client.map { (throttle.limits.submissionsPerClient, $0) }
        let recipient = address.map { (throttle.limits.mailsPerRecipient, $0.lowercased()) }
        let pairs = [client, recipient].compactMap { $0 }
        var verdicts = try await throttle.verdicts(pairs)[...]
        var counts: [String] = []
        if let client {
            if verdicts.removeFirst() != .allowed { throw IntakeError.tooManyApplications }
            counts.append(throttle.key(client.0, client.1))
        }
        var acknowledgement = Acknowledgement.notMailed
        if let recipient {
            if verdicts.removeFirst() == .allowed {
                acknowledgement = .mailed
                counts.append(throttle.key(recipient.0, recipient.1))
            } else {
                acknowledgement = .refused
            }
        }
        // A service paid for before filing is filed only once the platform confirmed the payment,
        // whichever channel it comes through (staff tests pay nothing).
        if !isTest, application.paid == nil, service.payment?.policy == .required,
            let fee = version.schema.fee, fee.fee(for: application.answers) > 0
        {
            throw IntakeError.paymentRequired
        }
        let code = application.paid.flatMap { AccessCode(typed: $0.accessCode) } ?? RandomToken.accessCode()
        // Whole milliseconds, the stored precision, so the receipt shows exactly what is stored.
        let receivedAt = Date(timeIntervalSince1970: (now().timeIntervalSince1970 * 1000).rounded(.down) / 1000)
        let year = LocalDate(receivedAt, in: timeZone).year
        // 32^8 references per prefix and year make a collision rare; retrying covers it.
        for attempt in 0..<5 {
            let paid = application.paid
            let submission = Submission.received(
                id: paid?.id ?? ids(),
                reference: attempt == 0 && paid != nil ? paid!.reference : references(prefix: service.referencePrefix, year: year),
                service: service, version: version, answers: application.answers, at: receivedAt, isTest: isTest,
                account: application.account, accessCodeHash: SHA256Hex.of(code.value), trustLevel: trustLevel,
                language: application.language, identity: application.identity
            )
            // A test is never handed over: a DMS or Fachverfahren would take it for a real application.
            let channels = isTest ? [] : application.form.channels
            let deliveries = channels.map { Delivery(submissionID: submission.id, channelID: $0.id, kind: $0.kind, updatedAt: receivedAt) }
            // Without channels the portal's own inbox is the hand-over.
            var jobs =
                deliveries.isEmpty ? [Job(id: ids(), kind: .submissionReceived, payload: submission.id.description, runAt: receivedAt)] : []
            jobs.append(Job(id: ids(), kind: .makeReceipt, payload: submission.id.description, runAt: receivedAt))
            for delivery in deliveries where delivery.kind != .pull {
                // The hot folder carries the receipt: its job comes a moment after the receipt's, so under
                // load the receipt is made once, not again by the delivery (bench/RESULTS.md, session 13).
                let runAt = delivery.kind == .hotFolder ? receivedAt.addingTimeInterval(2) : receivedAt
                jobs.append(Job(id: ids(), kind: .deliver, payload: delivery.jobPayload, runAt: runAt))
            }
            var filing = Filing(submission: submission, jobs: jobs)
            filing.deliveries = deliveries
            filing.attachments = application.attachments
            filing.uploadOwner = application.draftID
            filing.savedDraftID = application.draftID
            filing.counts = counts
            filing.wasPending = paid != nil
            filing.dueOn = service.processingDays.map { WorkingDays.adding($0, to: LocalDate(receivedAt, in: timeZone)) }
            if let address, acknowledgement == .mailed {
                filing.mails = [mail(to: address, submission, code: code, application)]
            }
            do {
                try await submissions.file(filing)
                Counter(
                    label: "serviceportal_submissions_filed_total",
                    dimensions: [("service", service.slug), ("test", isTest ? "true" : "false")]
                ).increment()
                return Filed(submission: submission, accessCode: code, acknowledgement: acknowledgement)
            } catch is DuplicateReference {
                continue
            }
        }
        throw IntakeError.noFreeReference
    }

    /// The acknowledgement with reference, access code and the link to the status page.
    private func mail(to address: String, _ submission: Submission, code: AccessCode, _ application: Application) -> Filing.QueuedMail {
        let text = Strings.for(application.language)
        let reference = submission.reference.rawValue
        let mail = Mail(
            to: address, subject: (submission.isTest ? "[TEST] " : "") + text.receiptMailSubject(reference),
            body: text.receiptMailBody(
                reference, application.form.service.title(application.language), frame.dateTime(submission.receivedAt),
                code.description, SiteRoute.absolute(SiteRoute.caseLookup.path, base: publicBaseURL))
        )
        let id: Job.ID = ids()
        return Filing.QueuedMail(id: id.description, mail: mail, job: Job(id: ids(), kind: .sendMail, payload: id.description, runAt: submission.receivedAt))
    }
}
