import Foundation
import JWTKit

/// A Security Event Token (RFC 8417) as FIT-Connect writes its events: one event URI under
/// `events`, the submission as `sub` (`submission:<id>`), the case as `txn` (`case:<id>`).
public struct SecurityEventToken: JWTPayload, Hashable {
    public struct Problem: Codable, Sendable, Hashable {
        public var type: String?
        public var title: String?
        public var detail: String?
        public var instance: String?

        public init(type: String?, title: String?, detail: String?, instance: String? = nil) {
            self.type = type
            self.title = title
            self.detail = detail
            self.instance = instance
        }
    }

    /// What an accept event confirms: the GCM tags of the parts the receiver opened.
    public struct AuthenticationTags: Codable, Sendable, Hashable {
        public var metadata: String
        public var data: String?
        public var attachments: [String: String]

        public init(metadata: String, data: String?, attachments: [String: String]) {
            self.metadata = metadata
            self.data = data
            self.attachments = attachments
        }
    }

    public struct Detail: Codable, Sendable, Hashable {
        public var problems: [Problem]?
        public var authenticationTags: AuthenticationTags?

        public init(problems: [Problem]? = nil, authenticationTags: AuthenticationTags? = nil) {
            self.problems = problems
            self.authenticationTags = authenticationTags
        }
    }

    public var iss: String
    public var iat: Int
    public var jti: String
    public var sub: String
    public var txn: String?
    public var events: [String: Detail]

    public init(iss: String, iat: Int, jti: String, sub: String, txn: String?, events: [String: Detail]) {
        self.iss = iss
        self.iat = iat
        self.jti = jti
        self.sub = sub
        self.txn = txn
        self.events = events
    }

    public func verify(using algorithm: some JWTAlgorithm) async throws {
        guard events.count == 1 else { throw JWTError.claimVerificationFailure(failedClaim: nil, reason: "one event per token") }
    }
}
