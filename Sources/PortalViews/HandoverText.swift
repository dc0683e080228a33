import PortalCore

/// The words of the hand-over to DMS and specialist software: channel kinds, delivery states and
/// the reasons of a failed attempt. German first, English second.
public struct HandoverText: Sendable {
    public let heading: String
    public let none: String
    public let columnChannel: String
    public let columnState: String
    public let columnDetail: String
    public let kind: @Sendable (HandoverChannel.Kind) -> String
    public let pending: String
    public let delivered: String
    public let failed: String
    public let deliveredAt: @Sendable (_ time: String) -> String
    public let attempts: @Sendable (_ count: Int) -> String
    public let retriedByHand: @Sendable (_ time: String) -> String
    public let retry: String
    public let retried: String
    public let notFailed: String
    public let failure: @Sendable (HandoverFailure) -> String

    public static func `for`(_ language: Language) -> HandoverText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
