import Foundation

/// Makes new references: random live, repeatable in tests.
public struct ReferenceGenerator: Sendable {
    private let nextRandom: @Sendable () -> UInt64

    public init(_ nextRandom: @escaping @Sendable () -> UInt64) {
        self.nextRandom = nextRandom
    }

    public func callAsFunction(prefix: String, year: Int) -> Reference {
        var source = Source(draw: nextRandom)
        return Reference.generate(prefix: prefix, year: year, using: &source)
    }

    public static let random = ReferenceGenerator { UInt64.random(in: .min ... .max) }

    private struct Source: RandomNumberGenerator {
        let draw: @Sendable () -> UInt64
        mutating func next() -> UInt64 { draw() }
    }
}
