import Foundation

/// The rules a field's answer must keep beyond "required". Names match the JSON API.
public struct FieldConstraints: Hashable, Sendable, Codable {
    /// Characters, for text kinds.
    public var minLength: Int?
    public var maxLength: Int?
    /// Value bounds for numbers; number of picked options for multiple choice.
    public var min: Decimal?
    public var max: Decimal?
    /// A regular expression the whole text must match (`[0-9]{5}` for a PLZ).
    public var pattern: String?
    /// Date bounds relative to the day of submission (`28` = at least four weeks ahead).
    public var earliestDaysFromToday: Int?
    public var latestDaysFromToday: Int?

    public init(
        minLength: Int? = nil, maxLength: Int? = nil, min: Decimal? = nil, max: Decimal? = nil,
        pattern: String? = nil, earliestDaysFromToday: Int? = nil, latestDaysFromToday: Int? = nil
    ) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.min = min
        self.max = max
        self.pattern = pattern
        self.earliestDaysFromToday = earliestDaysFromToday
        self.latestDaysFromToday = latestDaysFromToday
    }

    public static let none = FieldConstraints()

    public var isEmpty: Bool { self == .none }
}
