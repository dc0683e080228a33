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
    /// File fields: the largest file in bytes, how many files, and which media types (by content).
    public var maxFileBytes: Int?
    public var maxFiles: Int?
    public var mediaTypes: [String]?

    public init(
        minLength: Int? = nil, maxLength: Int? = nil, min: Decimal? = nil, max: Decimal? = nil,
        pattern: String? = nil, earliestDaysFromToday: Int? = nil, latestDaysFromToday: Int? = nil,
        maxFileBytes: Int? = nil, maxFiles: Int? = nil, mediaTypes: [String]? = nil
    ) {
        self.minLength = minLength
        self.maxLength = maxLength
        self.min = min
        self.max = max
        self.pattern = pattern
        self.earliestDaysFromToday = earliestDaysFromToday
        self.latestDaysFromToday = latestDaysFromToday
        self.maxFileBytes = maxFileBytes
        self.maxFiles = maxFiles
        self.mediaTypes = mediaTypes
    }

    /// A date the field accepts, for the hint's example: today when allowed, else the nearest bound.
    /// A fixed example (24.12.) would be refused by a field that must lie four weeks ahead.
    public func exampleDate(today: LocalDate) -> LocalDate {
        var example = today
        if let earliest = earliestDaysFromToday { example = Swift.max(example, today.adding(days: earliest)) }
        if let latest = latestDaysFromToday { example = Swift.min(example, today.adding(days: latest)) }
        return example
    }

    /// Defaults for file fields: one PDF, JPEG or PNG of at most 10 MB.
    public static let defaultMaxFileBytes = 10 * 1024 * 1024
    public static let defaultMediaTypes = ["application/pdf", "image/jpeg", "image/png"]
    /// The types an editor can allow: what `MediaSniffer` recognises from the content.
    public static let offeredMediaTypes = ["application/pdf", "image/jpeg", "image/png", "image/tiff", "text/plain"]
    /// No file field takes more than this, whatever the editor sets.
    public static let fileBytesCeiling = 50 * 1024 * 1024

    public var fileLimit: Int { Swift.min(maxFileBytes ?? Self.defaultMaxFileBytes, Self.fileBytesCeiling) }
    public var fileCount: Int { Swift.max(1, Swift.min(maxFiles ?? 1, 20)) }
    public var allowedMediaTypes: [String] { mediaTypes ?? Self.defaultMediaTypes }

    public static let none = FieldConstraints()

    public var isEmpty: Bool { self == .none }

    /// Media types as applicants know them: `PDF, JPEG, PNG`.
    public static func typeNames(_ types: [String]) -> String {
        types.map { type in
            switch type {
            case "application/pdf": "PDF"
            case "image/jpeg": "JPEG"
            case "image/png": "PNG"
            case "image/tiff": "TIFF"
            case "text/plain": "Text"
            default: type
            }
        }.joined(separator: ", ")
    }

    /// Whether `pattern` is a regular expression the validator can use (anchored to the whole answer).
    public static func isValidPattern(_ pattern: String) -> Bool {
        PatternCache.problem(pattern) == nil
    }

    /// Why a pattern cannot be used ("ist zu lang …", "ist kein gültiger regulärer Ausdruck"); nil when it can.
    public static func patternProblem(_ pattern: String) -> PatternProblem? {
        PatternCache.problem(pattern)
    }

    /// Whether the whole text matches; nil for an invalid pattern.
    public static func text(_ text: String, matches pattern: String) -> Bool? {
        PatternCache.shared.matches(pattern, text)
    }
}
