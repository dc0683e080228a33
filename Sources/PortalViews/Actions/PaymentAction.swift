/// The payment page's buttons: a new payment after one ended unpaid, the same request once more
/// after the platform did not answer, or giving up (back to the application's answers).
public enum PaymentAction: String, FormAction, CaseIterable {
    case payAgain = "erneut-bezahlen"
    case sendAgain = "erneut-senden"
    case giveUp = "nicht-bezahlen"

    public var value: String { rawValue }
    public init?(value: String) { self.init(rawValue: value) }
}

/// The demo's test pay page: how the payment ends.
public enum TestPaymentAction: String, FormAction, CaseIterable {
    case pay = "bezahlen"
    case cancel = "abbrechen"
    case fail = "fehlschlagen"

    public var value: String { rawValue }
    public init?(value: String) { self.init(rawValue: value) }
}
