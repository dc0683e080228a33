import Foundation

/// How the portal reaches FIT-Connect as a sender (and, with the subscriber's credentials, as a
/// receiver): the token endpoint, the Submission, Destination and Routing APIs and its client.
public struct FITConnectSettings: Sendable, Hashable {
    public var tokenURL: String
    /// The Submission API's base; `/v2/…` paths are below it.
    public var submissionAPI: String
    public var destinationAPI: String
    public var routingAPI: String?
    public var clientID: String
    public var clientSecret: String
    /// Where the portal publishes the JSON Schemas of its Fachdaten (`/schemas/fachdaten/…`).
    public var publicBaseURL: String
    public var timeoutSeconds: Int64 = 30

    public init(
        tokenURL: String, submissionAPI: String, destinationAPI: String? = nil, routingAPI: String? = nil, clientID: String, clientSecret: String,
        publicBaseURL: String
    ) {
        self.tokenURL = tokenURL
        self.submissionAPI = Self.base(submissionAPI)
        self.destinationAPI = Self.base(destinationAPI ?? submissionAPI)
        self.routingAPI = routingAPI.map(Self.base)
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.publicBaseURL = Self.base(publicBaseURL)
    }

    static func base(_ url: String) -> String {
        url.hasSuffix("/") ? String(url.dropLast()) : url
    }
}
