import Foundation
import Logging
import Metrics
import PortalCore

/// Hands one submission over through one channel (job payload `<submission>/<channel>`): builds
/// the parcel and gives it to the channel's carrier. Every attempt is recorded on the delivery, so
/// the case page shows pending, delivered or failed with the reason. A delivered one is not sent
/// again, and a receiver sees the same idempotency key on every attempt.
public struct DeliveryHandler: JobHandler {
    public let kind = JobKind.deliver
    let handover: any HandoverStore
    let submissions: any SubmissionStore
    let catalog: any CatalogStore
    let staff: any StaffStore
    let uploads: any UploadStore
    let receipts: any ReceiptStore
    /// For the applicant's address (FIT-Connect's reply channel) when an account filed the case.
    let accounts: (any AccountStore)?
    /// Makes the receipt when its own job has not run yet: the hot folder needs it.
    let receiptMaker: ReceiptHandler
    let carriers: [HandoverChannel.Kind: any HandoverCarrier]
    public let retryPolicy: RetryPolicy?
    /// The schema is decoded once per form version, not once per delivery.
    private let versions = FormVersionCache()
    let now: @Sendable () -> Date
    let logger: Logger

    public init(
        handover: any HandoverStore, submissions: any SubmissionStore, catalog: any CatalogStore, staff: any StaffStore, uploads: any UploadStore,
        receipts: any ReceiptStore, receiptMaker: ReceiptHandler, carriers: [any HandoverCarrier], retry: RetryPolicy,
        now: @escaping @Sendable () -> Date, logger: Logger, accounts: (any AccountStore)? = nil
    ) {
        self.accounts = accounts
        self.handover = handover
        self.submissions = submissions
        self.catalog = catalog
        self.staff = staff
        self.uploads = uploads
        self.receipts = receipts
        self.receiptMaker = receiptMaker
        self.carriers = Dictionary(carriers.map { ($0.kind, $0) }, uniquingKeysWith: { first, _ in first })
        self.retryPolicy = retry
        self.now = now
        self.logger = logger
    }

    public func run(_ job: Job) async throws {
        guard let (submissionID, channelID) = Delivery.parse(jobPayload: job.payload) else {
            throw HandoverFailure.other("job payload \(job.payload)")
        }
        // Gone with its submission (a deleted test submission), or delivered by an earlier run.
        guard let delivery = try await handover.delivery(of: submissionID, through: channelID), delivery.state != .delivered else { return }
        do {
            guard let found = try await handover.channel(id: channelID), !found.removed else { throw HandoverFailure.channelRemoved }
            guard let carrier = carriers[found.channel.kind] else { throw HandoverFailure.other("no carrier for \(found.channel.kind.rawValue)") }
            guard let parcel = try await parcel(submissionID, channel: found.channel) else { return }
            try await carrier.deliver(parcel)
            try await handover.recordDelivered(submissionID, through: channelID, attempts: job.attempts, at: now())
            Counter(label: "serviceportal_deliveries_total", dimensions: [("channel", delivery.kind.rawValue), ("outcome", "delivered")]).increment()
            logger.info(
                "submission handed over",
                metadata: ["reference": "\(parcel.document.reference)", "channel": "\(channelID)", "kind": "\(found.channel.kind.rawValue)"])
        } catch {
            let failure = error as? HandoverFailure ?? .other(String(String(describing: error).addressesRedacted.prefix(300)))
            let final = failure == .channelRemoved || (retryPolicy ?? RetryPolicy()).nextRun(afterAttempts: job.attempts, now: now()) == nil
            Counter(label: "serviceportal_deliveries_total", dimensions: [("channel", delivery.kind.rawValue), ("outcome", final ? "failed" : "retry")])
                .increment()
            try await handover.recordFailure(submissionID, through: channelID, attempts: job.attempts, reason: failure.stored, final: final, at: now())
            // A removed channel will not come back: the job ends, the delivery stays failed.
            if failure == .channelRemoved { return }
            throw failure
        }
    }

    private func parcel(_ id: Submission.ID, channel: HandoverChannel) async throws -> HandoverParcel? {
        guard let submission = try await submissions.submission(id: id) else { return nil }
        guard let service = try await catalog.service(id: submission.serviceID),
            let version = try await versions.version(submission.formVersionID, load: { try await catalog.formVersion(id: submission.formVersionID) }),
            let unit = try await staff.orgUnit(id: submission.orgUnitID)
        else { throw HandoverFailure.other("service, form or org unit of \(submission.reference) missing") }
        let named = HandoverDocument.fileIDs(in: submission.answers, schema: version.schema)
        var files: [UploadedFile] = []
        for fileID in named {
            guard let stored = try await uploads.file(id: fileID), stored.submissionID == id else { throw HandoverFailure.fileMissing(fileID.description) }
            files.append(stored.file)
        }
        var receipt: Data?
        if channel.kind == .hotFolder || channel.kind == .fitConnect || channel.target == .officeMail(attachReceipt: true) {
            receipt = try await receipts.receipt(of: id)
            if receipt == nil {
                try await receiptMaker.make(for: id)
                receipt = try await receipts.receipt(of: id)
            }
            guard receipt != nil else { throw HandoverFailure.receiptMissing }
        }
        let uploads = self.uploads
        var document = HandoverDocument(submission: submission, service: service, orgUnit: unit, version: version, files: files)
        document.payment = try await receiptMaker.payment(of: id)
        var parcel = HandoverParcel(
            channel: channel, key: Delivery.key(reference: submission.reference, channel: channel.id), submissionID: id,
            document: document,
            receipt: receipt, mailbox: unit.mailbox, contents: { uploads.contents(of: $0) })
        if channel.kind == .fitConnect {
            parcel.schema = version.schema
            parcel.answers = submission.answers
            let account = try await submission.accountID.asyncFlatMap { try await accounts?.account(id: $0) }
            parcel.replyAddress = ApplicantAddress.of(submission, account: account, schema: version.schema)
        }
        return parcel
    }
}
