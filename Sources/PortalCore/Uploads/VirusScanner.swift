import Foundation

/// Scans a stored file before it is accepted. The default does nothing; `ClamdScanner` asks clamd.
public protocol VirusScanner: Sendable {
    func scan(_ file: URL) async throws -> ScanVerdict
}

public enum ScanVerdict: Hashable, Sendable {
    case clean
    /// The scanner's name for what it found (`Eicar-Signature`); never shown to applicants.
    case infected(String)
}

/// Accepts every file: for installations without a scanner (the default).
public struct NoVirusScanner: VirusScanner {
    public init() {}

    public func scan(_ file: URL) async throws -> ScanVerdict { .clean }
}
