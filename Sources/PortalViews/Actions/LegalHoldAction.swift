/// The legal hold on a case: set it (with a reason) or lift it.
public enum LegalHoldAction: String, FormAction, CaseIterable {
    case set = "setzen"
    case lift = "aufheben"

    public var value: String { rawValue }
    public init?(value: String) { self.init(rawValue: value) }
}
