/// How often a repeatable group is filled in ("weitere Person hinzufügen"), and what one entry is called.
public struct Repetition: Hashable, Sendable, Codable {
    public var min: Int
    public var max: Int
    /// The name of one entry, used in labels and buttons: "Person" → "Person 2", "Person entfernen".
    public var itemName: String

    public init(min: Int = 0, max: Int = 10, itemName: String = "Eintrag") {
        self.min = min
        self.max = max
        self.itemName = itemName
    }

    /// Forms never take more entries than this, whatever the editor sets.
    public static let ceiling = 50

    /// The highest entry number among posted or saved values named `name.N.…`.
    public static func highestEntry(of name: String, in values: [String: [String]]) -> Int {
        values.keys.compactMap { key -> Int? in
            guard key.hasPrefix(name + ".") else { return nil }
            return key.dropFirst(name.count + 1).split(separator: ".").first.flatMap { Int($0) }
        }.max() ?? 0
    }
}
