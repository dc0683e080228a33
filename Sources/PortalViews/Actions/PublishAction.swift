/// The publish button of the service page: the route says what happens, the button names it.
public enum PublishAction: String, FormAction {
    case publish = "veroeffentlichen"

    public var value: String { rawValue }
    public init?(value: String) { self.init(rawValue: value) }
}
