import Foundation
import PortalCore
import SQLKit

/// `FeedbackStore` on SQLite and PostgreSQL.
public struct SQLFeedbackStore: FeedbackStore {
    let database: PortalDatabase

    public init(database: PortalDatabase) {
        self.database = database
    }

    public func save(_ rating: Rating) async throws {
        try await database.write { db in
            try await db.raw(
                """
                INSERT INTO ratings (service_id, page, stars, comment, given_at)
                VALUES (\(bind: rating.serviceID?.description), \(bind: rating.page.rawValue), \(bind: rating.stars), \(bind: rating.comment),
                        \(bind: SQLTime.encode(rating.givenAt)))
                """
            ).run()
            try await SQLEventLog.insert([PortalEvent(.rating, service: rating.serviceID, detail: "\(rating.stars)", at: rating.givenAt)], on: db)
        }
    }

    public func ratings(of service: Service.ID?, from start: Date, to end: Date) async throws -> [Rating] {
        var sql: SQLQueryString = """
            SELECT service_id, page, stars, comment, given_at FROM ratings
            WHERE given_at >= \(bind: SQLTime.encode(start)) AND given_at < \(bind: SQLTime.encode(end))
            """
        if let service { sql += " AND service_id = \(bind: service.description)" }
        sql += " ORDER BY seq"
        return try await database.reader.raw(sql).all().compactMap { row in
            guard let page = Rating.Page(rawValue: try row.decode(column: "page", as: String.self)) else { return nil }
            return Rating(
                serviceID: try row.decode(column: "service_id", as: String?.self).flatMap { Identifier<Service>(string: $0) }, page: page,
                stars: try row.decode(column: "stars", as: Int.self), comment: try row.decode(column: "comment", as: String?.self),
                givenAt: SQLTime.decode(try row.decode(column: "given_at", as: Int64.self)))
        }
    }
}
