import Foundation
import Logging
import PortalCore

/// The daily retention run: for every service with a machine-readable retention, deletes or
/// anonymises what is due stage by stage, then writes what it did to the deletion log (counts
/// only). A service that fails is logged and the others go on.
public struct RetentionRun: Sendable {
    let services: @Sendable () async throws -> [Service]
    let store: any RetentionStore
    let timeZone: TimeZone
    /// Audit lines about no case (administration); the issue's default of two years.
    let administrativeAudit: RetentionPeriod
    /// Removes one delivered copy from its hand-over folder (nothing when it is gone already).
    let removeCopy: @Sendable (DeliveredCopy) throws -> Void
    let logger: Logger

    public init(
        services: @escaping @Sendable () async throws -> [Service], store: any RetentionStore, timeZone: TimeZone,
        administrativeAudit: RetentionPeriod = RetentionPeriod(2, .years), removeCopy: @escaping @Sendable (DeliveredCopy) throws -> Void, logger: Logger
    ) {
        self.services = services
        self.store = store
        self.timeZone = timeZone
        self.administrativeAudit = administrativeAudit
        self.removeCopy = removeCopy
        self.logger = logger
    }

    @discardableResult
    public func run(at now: Date) async throws -> [DeletionRecord] {
        var records: [DeletionRecord] = []
        for service in try await services() {
            guard let policy = service.privacy?.retention else { continue }
            do {
                records += try await run(policy, of: service.id, at: now)
            } catch {
                logger.error("retention failed", metadata: ["service": "\(service.id)", "error": "\(error)"])
            }
        }
        let administrative = try await store.deleteAdministrativeAuditRecords(before: administrativeAudit.cutoff(at: now, in: timeZone))
        if administrative > 0 { records.append(DeletionRecord(ranAt: now, serviceID: nil, stage: .auditRecords, action: .delete, count: administrative)) }
        try await store.record(records)
        for record in records {
            logger.info(
                "retention", metadata: ["service": "\(record.serviceID?.description ?? "-")", "stage": "\(record.stage.rawValue)", "count": "\(record.count)"])
        }
        return records
    }

    private func run(_ policy: RetentionPolicy, of service: Service.ID, at now: Date) async throws -> [DeletionRecord] {
        var records: [DeletionRecord] = []
        func cutoff(_ stage: RetentionPolicy.Stage) -> Date? { policy[stage]?.cutoff(at: now, in: timeZone) }
        func note(_ stage: RetentionPolicy.Stage, _ count: Int, _ action: RetentionPolicy.Action = .delete) {
            if count > 0 { records.append(DeletionRecord(ranAt: now, serviceID: service, stage: stage, action: action, count: count)) }
        }
        if let before = cutoff(.savedDrafts) { note(.savedDrafts, try await store.deleteSavedDrafts(of: service, savedBefore: before)) }
        if let before = cutoff(.messages) { note(.messages, try await store.deleteMessages(of: service, closedBefore: before)) }
        if let before = cutoff(.deliveredCopies) { note(.deliveredCopies, try await removeCopies(of: service, deliveredBefore: before, at: now)) }
        if let before = cutoff(.closedCases) {
            let count = try await store.closeOut(casesOf: service, closedBefore: before, action: policy.closedCaseAction, at: now)
            note(.closedCases, count, policy.closedCaseAction)
        }
        if let before = cutoff(.auditRecords) { note(.auditRecords, try await store.deleteAuditRecords(of: service, before: before)) }
        return records
    }

    /// Removes the copies from their folders; one that cannot be removed (a folder gone read-only)
    /// stays listed and is tried again the next day.
    private func removeCopies(of service: Service.ID, deliveredBefore cutoff: Date, at now: Date) async throws -> Int {
        var removed = 0
        var failed = Set<DeliveredCopy>()
        while true {
            let copies = try await store.deliveredCopies(of: service, deliveredBefore: cutoff, limit: 200 + failed.count).filter { !failed.contains($0) }
            if copies.isEmpty { return removed }
            var done: [DeliveredCopy] = []
            for copy in copies {
                do {
                    try removeCopy(copy)
                    done.append(copy)
                } catch {
                    failed.insert(copy)
                    logger.error("retention could not remove a delivered copy", metadata: ["channel": "\(copy.channelID)", "error": "\(error)"])
                }
            }
            try await store.forgetCopies(done, at: now)
            removed += done.count
        }
    }
}
