import SQLKit

/// One counter that every change to the catalogue (services, form versions, hand-over channels)
/// moves on in the same transaction: each instance compares it with the one its cached forms were
/// read at, so a form published on one instance is served by all the others with the next request.
struct M0057AddCatalogStamp: Migration {
    let version = 57
    let name = "AddCatalogStamp"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "catalog_stamp")
            .column("id", type: .int, .primaryKey(autoIncrement: false))
            .column("version", type: .bigint, .notNull)
            .run()
        try await database.raw("INSERT INTO catalog_stamp (id, version) VALUES (1, 1)").run()
    }
}
