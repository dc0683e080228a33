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
    public let problem: @Sendable (HandoverChannel.Problem) -> String
    // The admins' page of channels.
    public let channelsTitle: String
    public let channelsDescription: String
    public let channelsIntro: String
    public let noChannels: String
    public let columnService: String
    public let columnTarget: String
    public let columnAdded: String
    public let remove: String
    public let rotateSecret: String
    public let newChannel: String
    public let fieldService: String
    public let fieldKind: String
    public let kindHint: @Sendable (HandoverChannel.Kind) -> String
    public let fieldFolder: String
    public let folderHint: String
    public let fieldURL: String
    public let urlHint: String
    public let fieldSecret: String
    public let secretHint: String
    public let attachReceipt: String
    public let attachReceiptHint: String
    public let add: String
    public let officeMailTarget: String
    public let withReceipt: String
    public let pullTarget: String
    public let twoSecrets: String
    public let chooseService: String
    public let chooseKind: String
    public let added: String
    public let removed: String
    public let secretShownOnce: @Sendable (_ url: String) -> String
    // FIT-Connect (issue 19).
    public let acceptedNote: String
    public let rejectedNote: @Sendable (_ problems: [String]) -> String
    /// On the applicant's case page.
    public let authorityAccepted: @Sendable (_ date: String) -> String
    public let authorityRejected: @Sendable (_ date: String) -> String
    public let authorityReason: String
    public let eventsHeading: String
    public let event: @Sendable (FITConnectEvent.Kind) -> String
    public let fieldDestination: String
    public let destinationHint: String
    public let fieldRegionalKey: String
    public let regionalKeyHint: String
    public let fieldDataFormat: String
    public let dataFormat: @Sendable (FITConnectAddress.DataFormat) -> String
    public let destinationTarget: @Sendable (_ id: String) -> String
    public let routingTarget: @Sendable (_ regionalKey: String) -> String
    /// A case received through FIT-Connect, on the staff case page.
    public let receivedHeading: String
    public let receivedChannel: String
    public let senderReference: String
    public let replyAddress: String
    public let receivedData: String
    public let receivedFiles: String

    public static func `for`(_ language: Language) -> HandoverText {
        switch language {
        case .german: german
        case .english: english
        }
    }
}
