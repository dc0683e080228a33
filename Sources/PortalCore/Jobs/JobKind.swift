/// What a background job does. New kinds are added as static members; the raw value is stored.
public struct JobKind: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// A submission of a service without hand-over channels was stored: mark it handed over (to the portal's own inbox).
    public static let submissionReceived = JobKind(rawValue: "submission.received")
    /// Deliver one mail of the outbox (payload: the mail's ID).
    public static let sendMail = JobKind(rawValue: "mail.send")
    /// Make the acknowledgement-of-receipt PDF of a submission (payload: its ID).
    public static let makeReceipt = JobKind(rawValue: "submission.receipt")
    /// Hand a submission over through one channel (payload: `<submission ID>/<channel ID>`, `Delivery`).
    public static let deliver = JobKind(rawValue: "handover.deliver")
    /// Remind the applicant of an open document request before its deadline (payload: the request's ID).
    public static let documentReminder = JobKind(rawValue: "documents.reminder")

    public var description: String { rawValue }
}
