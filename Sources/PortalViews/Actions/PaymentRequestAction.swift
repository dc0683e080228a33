/// The case page's fee panel (policy `deferred`): ask for the fee, or withdraw the request.
public enum PaymentRequestAction: String, FormAction, CaseIterable {
    case request = "anfordern"
    case withdraw = "zurueckziehen"

    public var value: String { rawValue }
    public init?(value: String) { self.init(rawValue: value) }
}
