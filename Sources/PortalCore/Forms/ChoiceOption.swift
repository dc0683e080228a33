/// One answer that can be picked in a choice field: the stored value and the label shown.
public struct ChoiceOption: Hashable, Sendable, Codable {
    public var value: String
    public var label: String

    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }
}
