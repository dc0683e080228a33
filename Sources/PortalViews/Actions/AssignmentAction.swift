/// Who works on a case: take it, give it to a colleague, return it to the org unit.
public enum AssignmentAction: String, FormAction, CaseIterable {
    case take = "mir"
    case assign = "zuweisen"
    case returnToUnit = "zurueckgeben"

    public var value: String { rawValue }
    public init?(value: String) { self.init(rawValue: value) }
}
