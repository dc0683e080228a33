/// Whether and when a service's fee is paid online.
public enum PaymentPolicy: String, Hashable, Sendable, Codable, CaseIterable {
    /// No online payment (the fee, if any, is paid another way).
    case none
    /// The application is filed only after the payment platform confirms the payment.
    case required
    /// The case worker sets an amount later; the applicant pays from the case page or the account.
    case deferred
}

/// A payment transaction's state as the platform reports it (XBezahldienste spells `PAYED`).
public enum PaymentStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case initial = "INITIAL"
    case payed = "PAYED"
    case failed = "FAILED"
    case canceled = "CANCELED"

    /// No later report can change it.
    public var isFinal: Bool { self != .initial }
}

/// How the applicant paid, as the platform reports it.
public enum PaymentMethod: String, Hashable, Sendable, Codable, CaseIterable {
    case giropay = "GIROPAY"
    case paydirect = "PAYDIRECT"
    case creditCard = "CREDITCARD"
    case paypal = "PAYPAL"
    case other = "OTHER"
}
