import Foundation
import Synchronization

/// Compiled field patterns, shared by all validations. Compiling a pattern costs far more than
/// matching it, and a form's patterns are the same for every submission.
final class PatternCache: Sendable {
    static let shared = PatternCache()

    private let compiled = Mutex<[String: Compiled]>([:])

    private struct Compiled: @unchecked Sendable {
        // NSRegularExpression is immutable after creation and documented as safe to share between threads.
        let expression: NSRegularExpression?
    }

    /// The pattern anchored to the whole text, or nil if it is not a valid ICU regular expression.
    func expression(for pattern: String) -> NSRegularExpression? {
        if let hit = compiled.withLock({ $0[pattern] }) { return hit.expression }
        let expression = try? NSRegularExpression(pattern: "^(?:" + pattern + ")$")
        compiled.withLock { cache in
            if cache.count > 10_000 { cache.removeAll() }
            cache[pattern] = Compiled(expression: expression)
        }
        return expression
    }

    func matches(_ pattern: String, _ text: String) -> Bool? {
        guard let expression = expression(for: pattern) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        return expression.firstMatch(in: text, options: [], range: range) != nil
    }
}
