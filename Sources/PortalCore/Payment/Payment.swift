import Foundation

/// One payment transaction at the platform, as the portal keeps it: what was asked for, what the
/// platform last reported, and when to ask again while it is open.
public struct Payment: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<Payment>

    public var id: ID
    /// Our `requestId`: a repeated request is the same transaction.
    public var requestID: String
    public var serviceID: Service.ID
    /// The application it pays for, once there is one (a required payment comes before the filing).
    public var submissionID: Submission.ID?
    public var amount: MoneyAmount
    public var purpose: String
    /// The reference of the application it pays for, for the Kasse.
    public var reference: String?
    /// The Kasse's booking data as sent with it.
    public var bookingData: [String: String] = [:]
    /// What the amount is made of, line by line, in the portal's language (as the platform got it).
    public var items: [Item] = []

    public struct Item: Hashable, Sendable, Codable {
        public var description: String
        public var amount: MoneyAmount

        public init(description: String, amount: MoneyAmount) {
            self.description = description
            self.amount = amount
        }
    }
    /// The platform's transaction, once it made one.
    public var transactionID: String?
    public var payPageURL: String?
    public var status: PaymentStatus
    public var method: PaymentMethod?
    public var createdAt: Date
    /// When the platform last reported.
    public var checkedAt: Date?
    /// When to ask the platform next while the status is open; nil: not again.
    public var nextCheckAt: Date?

    public init(
        id: ID, requestID: String, serviceID: Service.ID, submissionID: Submission.ID? = nil, amount: MoneyAmount, purpose: String,
        transactionID: String? = nil, payPageURL: String? = nil, status: PaymentStatus = .initial, method: PaymentMethod? = nil, createdAt: Date,
        checkedAt: Date? = nil, nextCheckAt: Date? = nil, reference: String? = nil, bookingData: [String: String] = [:], items: [Item] = []
    ) {
        self.items = items
        self.reference = reference
        self.bookingData = bookingData
        self.id = id
        self.requestID = requestID
        self.serviceID = serviceID
        self.submissionID = submissionID
        self.amount = amount
        self.purpose = purpose
        self.transactionID = transactionID
        self.payPageURL = payPageURL
        self.status = status
        self.method = method
        self.createdAt = createdAt
        self.checkedAt = checkedAt
        self.nextCheckAt = nextCheckAt
    }

    /// How long an open transaction is asked after: a day, then it counts as abandoned.
    public static let checkingPeriod: TimeInterval = 24 * 3600

    /// When to ask about an open transaction next: every two minutes in the first quarter of an
    /// hour (the applicant is usually still paying), then every 15 minutes up to two hours, then
    /// hourly; nil once a day has passed since it was made.
    public static func nextCheck(createdAt: Date, after now: Date) -> Date? {
        let age = now.timeIntervalSince(createdAt)
        let pause: TimeInterval = age < 15 * 60 ? 120 : age < 2 * 3600 ? 15 * 60 : 3600
        let next = now.addingTimeInterval(pause)
        return next.timeIntervalSince(createdAt) <= checkingPeriod ? next : nil
    }
}
