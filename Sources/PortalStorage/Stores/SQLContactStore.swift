import Foundation
import PortalCore
import SQLKit

/// `ContactStore` on SQLite and PostgreSQL.
public struct SQLContactStore: ContactStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func save(_ message: ContactMessage) async throws {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO contact_messages (id, category, service_id, org_unit_id, name, email, body, received_at)
                VALUES (\(bind: message.id.description), \(bind: message.category.rawValue), \(bind: message.serviceID?.description),
                        \(bind: message.orgUnitID?.description), \(bind: message.name), \(bind: message.email), \(bind: message.text),
                        \(bind: SQLTime.encode(message.receivedAt)))
                """
            ).run()
            try await SQLEventLog.insert(
                [PortalEvent(.contactMessage, service: message.serviceID, detail: message.category.rawValue, at: message.receivedAt)], on: db)
        }
    }

    public func messages(for orgUnits: Set<OrgUnit.ID>, general: Bool, limit: Int) async throws -> [ContactMessage] {
        let units = orgUnits.map { SQLBind($0.description) }
        let unitFilter: SQLQueryString = units.isEmpty ? "1 = 0" : "org_unit_id IN (\(SQLList(units)))"
        let generalFilter: SQLQueryString = general ? " OR org_unit_id IS NULL" : ""
        return try await database.reader.raw(
            """
            SELECT id, category, service_id, org_unit_id, name, email, body, received_at FROM contact_messages
            WHERE \(unitFilter)\(generalFilter) ORDER BY received_at DESC, id LIMIT \(bind: limit)
            """
        ).all().map { row in
            ContactMessage(
                id: try StoredID.decode(row, "id"),
                category: ContactMessage.Category(rawValue: try row.decode(column: "category", as: String.self)) ?? .other,
                serviceID: try row.decodeNil(column: "service_id") ? nil : try StoredID.decode(row, "service_id"),
                orgUnitID: try row.decodeNil(column: "org_unit_id") ? nil : try StoredID.decode(row, "org_unit_id"),
                name: try row.decode(column: "name", as: String?.self), email: try row.decode(column: "email", as: String.self),
                text: try row.decode(column: "body", as: String.self),
                receivedAt: SQLTime.decode(try row.decode(column: "received_at", as: Int64.self))
            )
        }
    }

    public func countsPerService() async throws -> [Service.ID: Int] {
        var counts: [Service.ID: Int] = [:]
        for row in try await database.reader.raw(
            """
            SELECT service_id, COUNT(*) AS n FROM contact_messages WHERE service_id IS NOT NULL GROUP BY service_id
            """
        ).all() {
            counts[try StoredID.decode(row, "service_id")] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }
}
