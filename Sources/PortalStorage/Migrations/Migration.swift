import SQLKit

/// One step of the schema. Shipped migrations are never edited; changes come as new ones.
protocol Migration: Sendable {
    /// Position in `Migrations.all`; stored in `schema_migrations`.
    var version: Int { get }
    var name: String { get }
    func prepare(on database: any SQLDatabase) async throws
}
