/// Delivering a decision ("Bescheid") takes two steps: check what will go out, then deliver it.
public enum DecisionAction: String, FormAction, CaseIterable {
    case check = "pruefen"
    case deliver = "zustellen"

    public var value: String { rawValue }
    public init?(value: String) { self.init(rawValue: value) }
}
