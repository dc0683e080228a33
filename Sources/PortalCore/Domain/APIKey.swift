import Foundation

/// A machine credential for one org unit (Fachverfahren, DMS). Only a hash of the secret is stored.
public struct APIKey: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<APIKey>

    /// What a key may do. Each API route names the scope it needs.
    public enum Scope: String, Hashable, Sendable, CaseIterable {
        /// List and read the org unit's submissions (the pull API).
        case readSubmissions = "submissions.read"
        /// Acknowledge the receipt of a submission (the pull hand-over); needs reading too.
        case acknowledgeSubmissions = "submissions.acknowledge"
        /// Answer through the portal: change the status, write to the applicant's mailbox.
        case writeBack = "submissions.write"
    }

    public var id: ID
    public var orgUnitID: OrgUnit.ID
    public var name: String
    /// Hex SHA-256 of the full key text. Keys carry 256 random bits, so a fast hash is enough.
    public var secretHash: String
    public var createdAt: Date
    public var scopes: Set<Scope>
    /// Recorded when the key is looked up, at most every few seconds per portal instance.
    public var lastUsedAt: Date?
    public var revokedAt: Date?

    public init(
        id: ID, orgUnitID: OrgUnit.ID, name: String, secretHash: String, createdAt: Date, scopes: Set<Scope> = Set(Scope.allCases),
        lastUsedAt: Date? = nil, revokedAt: Date? = nil
    ) {
        self.id = id
        self.orgUnitID = orgUnitID
        self.name = name
        self.secretHash = secretHash
        self.createdAt = createdAt
        self.scopes = scopes
        self.lastUsedAt = lastUsedAt
        self.revokedAt = revokedAt
    }

    /// Why a new key is refused.
    public enum Problem: Error, Hashable, Sendable {
        case nameMissing
        case nameTooLong
        case noScope
        case unknownOrgUnit
    }
}
