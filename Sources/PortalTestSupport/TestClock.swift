import Foundation
import PortalCore

/// The fixed instant and zone tests run at: Monday 30 November 2026, 10:15 in Berlin.
public enum TestClock {
    public static let timeZone = TimeZone(identifier: "Europe/Berlin")!
    public static let now = Date(timeIntervalSince1970: 1_796_030_100)
    public static var today: LocalDate { LocalDate(now, in: timeZone) }
}
