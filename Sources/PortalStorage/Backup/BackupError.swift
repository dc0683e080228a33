import Foundation

/// A backup or restore that was refused, with the reason in German for the operator.
public struct BackupError: Error, CustomStringConvertible, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
