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

    public func save(_ ratings: [Rating]) async throws {
        guard !ratings.isEmpty else { return }
        try await database.write { db in
            for start in stride(from: 0, to: ratings.count, by: 300) {
                let part = ratings[start..<min(start + 300, ratings.count)]
                var sql: SQLQueryString = "INSERT INTO ratings (service_id, page, stars, comment, given_at) VALUES "
                for (index, rating) in part.enumerated() {
                    if index > 0 { sql += ", " }
                    sql +=
                        "(\(bind: rating.serviceID?.description), \(bind: rating.page.rawValue), \(bind: rating.stars), \(bind: rating.comment), \(bind: SQLTime.encode(rating.givenAt)))"
                }
                try await db.raw(sql).run()
                try await SQLEventLog.insert(
                    part.map { PortalEvent(.rating, service: $0.serviceID, detail: "\($0.stars)", at: $0.givenAt) }, on: db)
            }
        }
    }

    public func ratings(of service: Service.ID?, from start: Date, to end: Date) async throws -> [Rating] {
        var sql: SQLQueryString = """
            SELECT service_id, page, stars, comment, given_at, published_at, hidden_at FROM ratings
            WHERE given_at >= \(bind: SQLTime.encode(start)) AND given_at < \(bind: SQLTime.encode(end))
            """
        if let service { sql += " AND service_id = \(bind: service.description)" }
        sql += " ORDER BY seq"
        return try await database.reader.raw(sql).all().compactMap { row in
            guard let page = Rating.Page(rawValue: try row.decode(column: "page", as: String.self)) else { return nil }
            return Rating(
                serviceID: try row.decode(column: "service_id", as: String?.self).flatMap { Identifier<Service>(string: $0) }, page: page,
                stars: try row.decode(column: "stars", as: Int.self), comment: try row.decode(column: "comment", as: String?.self),
                givenAt: SQLTime.decode(try row.decode(column: "given_at", as: Int64.self)),
                isCommentPublished: try row.decode(column: "published_at", as: Int64?.self) != nil && row.decode(column: "hidden_at", as: Int64?.self) == nil)
        }
    }

    public func comments(about services: Set<Service.ID>?, limit: Int) async throws -> [Rating.Comment] {
        var sql: SQLQueryString = "SELECT seq, service_id, stars, comment, given_at, published_at, hidden_at FROM ratings WHERE comment IS NOT NULL"
        if let services {
            guard !services.isEmpty else { return [] }
            sql += " AND service_id IN (\(binds: services.map(\.description).sorted()))"
        }
        sql += " ORDER BY seq DESC LIMIT \(bind: limit)"
        return try await database.reader.raw(sql).all().map(Self.comment)
    }

    public func comment(id: Int64) async throws -> Rating.Comment? {
        try await database.reader.raw(
            "SELECT seq, service_id, stars, comment, given_at, published_at, hidden_at FROM ratings WHERE seq = \(bind: id) AND comment IS NOT NULL"
        ).first().map(Self.comment)
    }

    public func publishedComments() async throws -> [Rating.Comment] {
        try await database.reader.raw(
            """
            SELECT seq, service_id, stars, comment, given_at, published_at, hidden_at FROM ratings
            WHERE comment IS NOT NULL AND published_at IS NOT NULL AND hidden_at IS NULL ORDER BY seq
            """
        ).all().map(Self.comment)
    }

    public func moderate(comment id: Int64, publish: Bool, at instant: Date) async throws {
        try await database.write { db in
            if publish {
                try await db.raw("UPDATE ratings SET published_at = \(bind: SQLTime.encode(instant)), hidden_at = NULL WHERE seq = \(bind: id)").run()
            } else {
                try await db.raw("UPDATE ratings SET hidden_at = \(bind: SQLTime.encode(instant)) WHERE seq = \(bind: id)").run()
            }
        }
    }

    static func comment(_ row: any SQLRow) throws -> Rating.Comment {
        let state: Rating.Comment.State =
            try row.decode(column: "hidden_at", as: Int64?.self) != nil
            ? .hidden : try row.decode(column: "published_at", as: Int64?.self) != nil ? .published : .new
        return Rating.Comment(
            id: try row.decode(column: "seq", as: Int64.self),
            serviceID: try row.decode(column: "service_id", as: String?.self).flatMap { Identifier<Service>(string: $0) },
            stars: try row.decode(column: "stars", as: Int.self), text: try row.decode(column: "comment", as: String?.self) ?? "",
            givenAt: SQLTime.decode(try row.decode(column: "given_at", as: Int64.self)), state: state)
    }
}
