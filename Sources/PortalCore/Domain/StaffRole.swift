/// What a staff account may do. Citizens are not staff and have no role.
public enum StaffRole: String, Hashable, Sendable, Codable, CaseIterable {
    case caseWorker
    case editor
    case reviewer
    case privacyOfficer
    /// Reads the figures of the portal (satisfaction, volumes); no personal data.
    case statistics
    /// The Kasse: the payments of its units' services, for reconciliation.
    case treasury
    case admin
}
