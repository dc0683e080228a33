import Foundation
import PortalCore
import Synchronization

/// IDs and references that count up, so test output is the same on every run.
public final class SequentialIDs: Sendable {
    private let counter = Mutex<UInt64>(0)

    public init() {}

    public var generator: IDGenerator {
        IDGenerator { [self] in
            let value = counter.withLock { value in
                value += 1
                return value
            }
            return UUID(uuidString: String(format: "00000000-0000-4000-8000-%012llx", value))!
        }
    }

    /// References drawn from a counter: `…-0000-0001`, `…-0000-0002`, …
    public var references: ReferenceGenerator {
        ReferenceGenerator { [self] in
            counter.withLock { value in
                value += 1
                return value
            }
        }
    }
}
