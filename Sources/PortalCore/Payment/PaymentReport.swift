import Foundation

/// The Kasse's reconciliation (issue 18): one row per payment with reference, service, amount,
/// state, the platform's transaction and method, the booking data as sent and the times. The same
/// columns in the staff page's CSV and in `serviceportal payments export`.
public enum PaymentReport {
    public static let columns = [
        "reference", "service", "amount", "currency", "status", "transaction_id", "method", "booking_data", "created_at", "settled_at", "purpose",
        "request_id",
    ]

    /// The cells of one payment, times in UTC (ISO 8601 with milliseconds, as the interface writes them).
    public static func cells(_ payment: Payment, service: String) -> [String] {
        [
            payment.reference ?? "", service, payment.amount.decimalText, "EUR", payment.status.rawValue, payment.transactionID ?? "",
            payment.method?.rawValue ?? "", bookingText(payment.bookingData), XBezahldienste.timestamp(payment.createdAt),
            settledAt(payment).map(XBezahldienste.timestamp) ?? "", payment.purpose, payment.requestID,
        ]
    }

    /// When the platform reported the final state; nil while open.
    public static func settledAt(_ payment: Payment) -> Date? {
        payment.status.isFinal ? payment.checkedAt : nil
    }

    /// `Haushaltsstelle=1.1100.4310; Objektnummer=UNB-1` (sorted by name).
    public static func bookingText(_ data: [String: String]) -> String {
        data.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
    }

    public static func csv(_ payments: [Payment], services: [Service.ID: String]) -> String {
        CSVText.line(columns) + payments.map { CSVText.line(cells($0, service: services[$0.serviceID] ?? $0.serviceID.description)) }.joined()
    }

    /// A JSON array of objects with the same members; the booking data as an object.
    public static func json(_ payments: [Payment], services: [Service.ID: String]) -> JSONValue {
        .array(
            payments.map { payment in
                let cells = cells(payment, service: services[payment.serviceID] ?? payment.serviceID.description)
                return .object(
                    zip(columns, cells).map { column, cell in
                        switch column {
                        case "booking_data":
                            JSONValue.Member(
                                column, .object(payment.bookingData.sorted { $0.key < $1.key }.map { JSONValue.Member($0.key, .string($0.value)) }))
                        case "amount": JSONValue.Member(column, .number(payment.amount.euros))
                        default: JSONValue.Member(column, cell.isEmpty ? .null : .string(cell))
                        }
                    })
            })
    }
}
