/// Moderating a rating's comment: publish it in the open data or hide it from there.
public enum CommentAction: String, FormAction, CaseIterable {
    case publish = "veroeffentlichen"
    case hide = "verbergen"

    public var value: String { rawValue }
    public init?(value: String) { self.init(rawValue: value) }
}
