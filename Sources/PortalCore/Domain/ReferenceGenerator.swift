/// Makes new references: random live, counting in tests.
public struct ReferenceGenerator: Sendable {
    private let nextBits: @Sendable () -> UInt64

    public init(_ nextBits: @escaping @Sendable () -> UInt64) {
        self.nextBits = nextBits
    }

    public func callAsFunction(prefix: String, year: Int) -> Reference {
        Reference.make(prefix: prefix, year: year, bits: nextBits())
    }

    public static let random = ReferenceGenerator { UInt64.random(in: .min ... .max) }
}
