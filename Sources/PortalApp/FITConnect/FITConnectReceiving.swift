import Foundation

/// What receiving needs beside the subscriber's own settings: where to get its token and the Submission API.
public struct FITConnectReceiving: Sendable {
    public var subscriber: FITConnectSubscriberSettings
    public var tokenURL: String
    public var submissionAPI: String

    public init(subscriber: FITConnectSubscriberSettings, tokenURL: String, submissionAPI: String) {
        self.subscriber = subscriber
        self.tokenURL = tokenURL
        self.submissionAPI = submissionAPI
    }

    /// A client that signs in as the subscriber.
    public var clientSettings: FITConnectSettings {
        FITConnectSettings(
            tokenURL: tokenURL, submissionAPI: submissionAPI, clientID: subscriber.clientID, clientSecret: subscriber.clientSecret, publicBaseURL: "")
    }
}
