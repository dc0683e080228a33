import Foundation

/// Submissions on their way through FIT-Connect and the events read from their event logs.
public protocol FITConnectStore: Sendable {
    func transfer(of submission: Submission.ID, through channel: HandoverChannel.ID) async throws -> FITConnectTransfer?
    func transfers(of submission: Submission.ID) async throws -> [FITConnectTransfer]
    /// Inserts or replaces it.
    func save(_ transfer: FITConnectTransfer) async throws
    /// Submitted, undecided transfers whose event log is due to be read, earliest first.
    func transfersDue(at instant: Date, limit: Int) async throws -> [FITConnectTransfer]
    /// Keeps the events not kept yet (by their `jti`) and returns those.
    func record(_ events: [FITConnectEvent], of submission: Submission.ID, through channel: HandoverChannel.ID) async throws -> [FITConnectEvent]
    /// Every event of the submission's transfers, oldest first.
    func events(of submission: Submission.ID) async throws -> [(channel: HandoverChannel.ID, event: FITConnectEvent)]

    // Receiving as a subscriber.
    func incoming(remoteID: String) async throws -> FITConnectIncoming?
    /// The record of the case filed from a picked-up submission.
    func incoming(submission: Submission.ID) async throws -> FITConnectIncoming?
    func save(_ incoming: FITConnectIncoming) async throws
    /// Keeps the record unless one for the same submission exists; returns the one kept.
    func begin(_ incoming: FITConnectIncoming) async throws -> FITConnectIncoming
    /// The org unit that receives applications for a LeiKa key, where it is not the service's own.
    func route(leikaKey: String) async throws -> OrgUnit.ID?
    func setRoute(leikaKey: String, to orgUnit: OrgUnit.ID) async throws
    func routes() async throws -> [(leikaKey: String, orgUnit: OrgUnit.ID)]
}
