import Foundation

/// One line of the deletion log: how many items of one stage of one service the retention run
/// deleted or anonymised. Counts only, never content or references.
public struct DeletionRecord: Hashable, Sendable {
    public var ranAt: Date
    /// Nil for the audit lines that belong to no case (administration).
    public var serviceID: Service.ID?
    public var stage: RetentionPolicy.Stage
    public var action: RetentionPolicy.Action
    public var count: Int

    public init(ranAt: Date, serviceID: Service.ID?, stage: RetentionPolicy.Stage, action: RetentionPolicy.Action, count: Int) {
        self.ranAt = ranAt
        self.serviceID = serviceID
        self.stage = stage
        self.action = action
        self.count = count
    }
}
