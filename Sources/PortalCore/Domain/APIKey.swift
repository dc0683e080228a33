import Foundation

/// A machine credential for one org unit (Fachverfahren, DMS). Only a hash of the secret is stored.
public struct APIKey: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<APIKey>

    public var id: ID
    public var orgUnitID: OrgUnit.ID
    public var name: String
    /// Hex SHA-256 of the full key text. Keys carry 256 random bits, so a fast hash is enough.
    public var secretHash: String
    public var createdAt: Date

    public init(id: ID, orgUnitID: OrgUnit.ID, name: String, secretHash: String, createdAt: Date) {
        self.id = id
        self.orgUnitID = orgUnitID
        self.name = name
        self.secretHash = secretHash
        self.createdAt = createdAt
    }
}
