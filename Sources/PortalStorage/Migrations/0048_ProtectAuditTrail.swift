import SQLKit

/// The audit trail is only ever added to: the database itself refuses to change a line, whatever
/// code (or person at a console) tries. Deleting stays possible for the retention of whole cases.
struct M0048ProtectAuditTrail: Migration {
    let version = 48
    let name = "ProtectAuditTrail"

    func prepare(on database: any SQLDatabase) async throws {
        if database.dialect.name == "postgresql" {
            try await database.raw(
                """
                CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'audit_events is append-only'; END $$
                """
            ).run()
            try await database.raw(
                "CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()"
            ).run()
        } else {
            try await database.raw(
                "CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END"
            ).run()
        }
    }
}
