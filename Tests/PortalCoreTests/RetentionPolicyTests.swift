import Foundation
import PortalCore
import PortalTestSupport
import Testing

@Suite("Retention periods and policies")
struct RetentionPolicyTests {
    static let berlin = TestClock.timeZone

    static func date(_ text: String) -> Date {
        let formatter = ISO8601DateFormatter()
        return formatter.date(from: text)!
    }

    @Test("What an editor types is read as a whole number from 1 to 36.500", arguments: [("10", 10), (" 7 ", 7), ("1.000", 1000), ("36.500", 36_500)])
    func reads(text: String, count: Int) {
        #expect(RetentionPeriod(count: text, unit: .years) == RetentionPeriod(count, .years))
    }

    @Test("Anything else is refused", arguments: ["", " ", "0", "-3", "36501", "2,5", "zehn", "１０", "10 Jahre", "1e3"])
    func refuses(text: String) {
        #expect(RetentionPeriod(count: text, unit: .days) == nil)
    }

    @Test("Months and years count by the calendar of the authority, across the change to summer time")
    func calendar() {
        // 31 January + 1 month is the last day of February; 29 February + 1 year is 28 February.
        #expect(
            RetentionPeriod(1, .months).end(after: Self.date("2026-01-31T10:00:00Z"), in: Self.berlin) == Self.date("2026-02-28T10:00:00Z"))
        #expect(RetentionPeriod(1, .years).end(after: Self.date("2028-02-29T12:00:00Z"), in: Self.berlin) == Self.date("2029-02-28T12:00:00Z"))
        // Midnight in Berlin on 28 March is midnight on 29 March one day later, though that day has 23 hours.
        #expect(RetentionPeriod(1, .days).end(after: Self.date("2026-03-27T23:00:00Z"), in: Self.berlin) == Self.date("2026-03-28T23:00:00Z"))
        #expect(RetentionPeriod(1, .days).end(after: Self.date("2026-03-28T23:00:00Z"), in: Self.berlin) == Self.date("2026-03-29T22:00:00Z"))
    }

    @Test("The cutoff is the latest start whose period has ended: one year before 2 December 2026 is 2 December 2025")
    func cutoff() {
        let now = Self.date("2026-12-02T01:30:00Z")
        #expect(RetentionPeriod(1, .years).cutoff(at: now, in: Self.berlin) == Self.date("2025-12-02T01:30:00Z"))
        #expect(RetentionPeriod(30, .days).cutoff(at: now, in: Self.berlin) == Self.date("2026-11-02T01:30:00Z"))
        let closed = Self.date("2025-12-02T01:29:59Z")
        #expect(closed < RetentionPeriod(1, .years).cutoff(at: now, in: Self.berlin), "closed a second earlier: due")
    }

    @Test("The proposal covers every stage; a policy without a stage names it as missing")
    func proposal() {
        let proposal = RetentionPolicy.proposal(savedDraftDays: 30)
        #expect(proposal.missingStages.isEmpty)
        #expect(proposal[.savedDrafts] == RetentionPeriod(30, .days))
        #expect(proposal[.abandonedDrafts] == RetentionPolicy.sessionLifetime)
        #expect(proposal.closedCaseAction == .anonymise)
        var partial = proposal
        partial.periods[.messages] = nil
        #expect(partial.missingStages == [.messages])
    }

    @Test("A privacy statement without periods does not pass the publish gate")
    func gate() {
        var statement = PrivacyStatement.mock
        #expect(statement.missing.isEmpty)
        statement.retention = nil
        #expect(statement.missing == [.retentionPeriods])
        statement.retention = RetentionPolicy(periods: [.closedCases: RetentionPeriod(10, .years)], closedCaseAction: .delete)
        #expect(statement.missing == [.retentionPeriods])
    }

    @Test("The policy survives a round trip through JSON, as it is stored with the statement")
    func coding() throws {
        let policy = RetentionPolicy.proposal(savedDraftDays: 14)
        let data = try JSONEncoder().encode(policy)
        #expect(String(decoding: data, as: UTF8.self).contains(#""closedCases""#))
        #expect(try JSONDecoder().decode(RetentionPolicy.self, from: data) == policy)
    }

    @Test("A legal hold needs a reason of at most 500 characters")
    func legalHoldReason() {
        #expect(LegalHold.reason("  Klage 4 A 12/26 \n") == "Klage 4 A 12/26")
        #expect(LegalHold.reason(" \n ") == nil)
        #expect(LegalHold.reason(String(repeating: "ä", count: 500)) != nil)
        #expect(LegalHold.reason(String(repeating: "ä", count: 501)) == nil)
    }
}
