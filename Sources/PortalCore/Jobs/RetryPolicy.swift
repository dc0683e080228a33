import Foundation

/// When a failed job runs again: exponential backoff with a ceiling, then it is marked failed.
public struct RetryPolicy: Hashable, Sendable {
    public var maxAttempts: Int
    public var baseDelay: TimeInterval
    public var maxDelay: TimeInterval

    public init(maxAttempts: Int = 12, baseDelay: TimeInterval = 5, maxDelay: TimeInterval = 3600) {
        self.maxAttempts = maxAttempts
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
    }

    /// The next run after `attempts` failed attempts, or nil when the job should be given up.
    public func nextRun(afterAttempts attempts: Int, now: Date) -> Date? {
        guard attempts < maxAttempts else { return nil }
        let delay = min(maxDelay, baseDelay * pow(2, Double(max(0, attempts - 1))))
        return now.addingTimeInterval(delay)
    }
}
