import SQLKit

/// The catalogue's change counter (migration 0057), moved on inside the transaction of every write
/// that changes what `PublishedForms` caches.
enum CatalogStamp {
    static func advance(on db: any SQLDatabase) async throws {
        try await db.raw("UPDATE catalog_stamp SET version = version + 1 WHERE id = 1").run()
    }

    static func read(on db: any SQLDatabase) async throws -> Int64 {
        try await db.raw("SELECT version FROM catalog_stamp WHERE id = 1").first()?.decode(column: "version", as: Int64.self) ?? 0
    }
}
