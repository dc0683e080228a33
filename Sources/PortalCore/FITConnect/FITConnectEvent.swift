import Foundation

/// One entry of a submission's event log at the Zustelldienst: a Security Event Token whose
/// signature has been checked. What the portal keeps of it is what staff and applicants see.
public struct FITConnectEvent: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case createSubmission = "create-submission"
        case submitSubmission = "submit-submission"
        case notifySubmission = "notify-submission"
        case forwardSubmission = "forward-submission"
        case acceptSubmission = "accept-submission"
        case rejectSubmission = "reject-submission"
        case deleteSubmission = "delete-submission"

        public static let uriPrefix = "https://schema.fitko.de/fit-connect/events/"

        public var uri: String { Self.uriPrefix + rawValue }

        public init?(uri: String) {
            guard uri.hasPrefix(Self.uriPrefix) else { return nil }
            self.init(rawValue: String(uri.dropFirst(Self.uriPrefix.count)))
        }

        /// Set by the receiver: what the applicant is told.
        public var isDecision: Bool { self == .acceptSubmission || self == .rejectSubmission }
    }

    /// The token's `jti`: the same event read twice is kept once.
    public var id: String
    public var kind: Kind
    public var issuedAt: Date
    /// `iss`: the Zustelldienst or the receiving destination.
    public var issuer: String
    /// For a rejection: the problems' titles and details as the receiver wrote them (no personal data).
    public var problems: [String]

    public init(id: String, kind: Kind, issuedAt: Date, issuer: String, problems: [String] = []) {
        self.id = id
        self.kind = kind
        self.issuedAt = issuedAt
        self.issuer = issuer
        self.problems = problems
    }
}
