import Foundation

/// Instants are stored as integer milliseconds since 1970 on both databases: exact, sortable,
/// and free of the float and time-zone pitfalls of the drivers' date types.
enum SQLTime {
    static func encode(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func decode(_ milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }
}
