/// A status change that the case workflow does not allow.
public struct CaseTransitionError: Error, Hashable, Sendable {
    public var from: CaseStatus
    public var to: CaseStatus

    public init(from: CaseStatus, to: CaseStatus) {
        self.from = from
        self.to = to
    }
}
