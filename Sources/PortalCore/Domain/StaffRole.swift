/// What a staff account may do. Citizens are not staff and have no role.
public enum StaffRole: String, Hashable, Sendable, Codable, CaseIterable {
    case caseWorker
    case editor
    case reviewer
    case privacyOfficer
    case admin
}
