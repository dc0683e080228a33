/// What the department does on the review page of a draft.
public enum ReviewAction: String, FormAction, CaseIterable {
    case comment = "kommentieren"
    case approve = "freigeben"
    case requestChanges = "aenderungen"

    public var value: String { rawValue }
    public init?(value: String) { self.init(rawValue: value) }
}
