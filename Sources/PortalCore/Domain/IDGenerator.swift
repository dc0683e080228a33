import Foundation

/// Where new identifiers come from. Live code uses random UUIDs; tests pass a sequence.
public struct IDGenerator: Sendable {
    private let next: @Sendable () -> UUID

    public init(_ next: @escaping @Sendable () -> UUID) {
        self.next = next
    }

    public func callAsFunction<Owner>(_: Owner.Type = Owner.self) -> Identifier<Owner> {
        Identifier(next())
    }

    public static let random = IDGenerator { UUID() }
}
