import Foundation

/// A view of the inbox a staff member named and keeps: its path with the filter's parameters.
public struct SavedInboxFilter: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<SavedInboxFilter>

    public var id: ID
    public var userID: StaffUser.ID
    public var name: String
    /// `/intern/eingang?…`, built by the portal from the known parameters only.
    public var path: String
    public var createdAt: Date

    public init(id: ID, userID: StaffUser.ID, name: String, path: String, createdAt: Date) {
        self.id = id
        self.userID = userID
        self.name = name
        self.path = path
        self.createdAt = createdAt
    }

    /// Each person keeps at most this many.
    public static let limit = 20

    public enum Problem: Error, Hashable, Sendable {
        case nameMissing
        case nameTooLong
        case tooMany
    }
}
