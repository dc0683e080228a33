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

    /// Longest pattern an editor or a FIM schema may set.
    static let maxPatternLength = 300
    /// How many progress reports of the regular-expression engine a match may take. ICU
    /// backtracks, so a pattern like `(a+)+b` takes exponential time on `aaaa…c`; the engine reports
    /// progress every few thousand steps, so counting reports bounds the work (a normal match takes
    /// none, the limit a few hundred milliseconds), without a clock in the core.
    static let stepBudget = 1_000

    /// Why a pattern cannot be used; nil when it can.
    static func problem(_ pattern: String) -> PatternProblem? {
        if pattern.count > maxPatternLength { return .tooLong(max: maxPatternLength) }
        // Back references make matching expensive and no field format needs them.
        if pattern.firstMatch(of: /\\[1-9]|\\k</) != nil { return .backReferences }
        if shared.expression(for: pattern) == nil { return .invalid }
        return nil
    }

    /// Whether the whole text matches; nil for an unusable pattern. A match that runs out of its
    /// step budget counts as no match: the answer is refused with the field's format message.
    func matches(_ pattern: String, _ text: String) -> Bool? {
        guard pattern.count <= Self.maxPatternLength, let expression = expression(for: pattern) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        var found = false
        var reports = 0
        expression.enumerateMatches(in: text, options: [.reportProgress], range: range) { result, _, stop in
            if result != nil {
                found = true
                stop.pointee = true
            } else {
                reports += 1
                if reports > Self.stepBudget { stop.pointee = true }
            }
        }
        return found
    }
}
