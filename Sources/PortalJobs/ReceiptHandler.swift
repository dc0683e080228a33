import Foundation
import PortalCore
import Synchronization

/// Makes a submission's acknowledgement of receipt (PDF) after it was stored. Running twice is
/// harmless: the store keeps the first receipt.
public struct ReceiptHandler: JobHandler {
    public let kind = JobKind.makeReceipt
    let submissions: any SubmissionStore
    let catalog: any CatalogStore
    let staff: any StaffStore
    let receipts: any ReceiptStore
    /// The fee paid online before filing goes on the receipt and into the hand-over.
    let payments: (any PaymentStore)?
    let portalName: String
    /// The admins' settings: a name set there replaces `portalName` (read again at most every 30 seconds).
    var settings: (any PortalSettingsStore)?
    private let settingsName = NameCache()
    let authority: Authority
    let timeZone: TimeZone
    let now: @Sendable () -> Date
    /// Form versions never change once stored, and a burst of submissions shares a few of them:
    /// the schema is decoded once per version instead of once per receipt.
    private let versions = FormVersionCache()

    final class NameCache: Sendable {
        private let entry = Mutex<(name: String?, readAt: Date)?>(nil)

        func name(at now: Date, read: () async throws -> String?) async throws -> String? {
            if let cached = entry.withLock({ $0 }), now.timeIntervalSince(cached.readAt) < 30, now >= cached.readAt { return cached.name }
            let name = try await read()
            entry.withLock { $0 = (name, now) }
            return name
        }
    }

    public init(
        submissions: any SubmissionStore, catalog: any CatalogStore, staff: any StaffStore, receipts: any ReceiptStore,
        portalName: String, settings: (any PortalSettingsStore)? = nil, authority: Authority = .unnamed, timeZone: TimeZone,
        payments: (any PaymentStore)? = nil, now: @escaping @Sendable () -> Date
    ) {
        self.payments = payments
        self.settings = settings
        self.authority = authority
        self.submissions = submissions
        self.catalog = catalog
        self.staff = staff
        self.receipts = receipts
        self.portalName = portalName
        self.timeZone = timeZone
        self.now = now
    }

    public func run(_ job: Job) async throws {
        guard let id = Submission.ID(string: job.payload) else { return }
        try await make(for: id)
    }

    /// The paid payment of a submission, or the latest one when none was paid; nil without any.
    func payment(of id: Submission.ID) async throws -> Payment? {
        guard let payments else { return nil }
        let all = try await payments.payments(of: id)
        return all.last { $0.status == .payed } ?? all.last
    }

    /// Makes and keeps the receipt unless there is one (also for a hand-over that needs it first).
    public func make(for id: Submission.ID) async throws {
        guard let submission = try await submissions.submission(id: id) else {
            return  // deleted meanwhile (a test submission): nothing to confirm
        }
        if try await receipts.hasReceipt(of: id) { return }
        guard let service = try await catalog.service(id: submission.serviceID),
            let version = try await versions.version(submission.formVersionID, load: { try await catalog.formVersion(id: submission.formVersionID) })
        else { throw NotFound("service or form version of \(id)") }
        let unit = try await staff.orgUnit(id: submission.orgUnitID)?.name ?? ""
        var name: String?
        if let settings { name = try await settingsName.name(at: now()) { try await settings.portalName() } }
        var context = Receipt.Context(portalName: name ?? portalName, orgUnitName: unit, service: service, version: version, timeZone: timeZone)
        context.authority = authority
        context.payment = try await payment(of: id)
        let pdf = Receipt.pdf(submission, context)
        try await receipts.save(pdf, for: id, at: now())
    }
}
