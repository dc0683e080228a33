import SQLKit

/// API keys administered in the browser: what each may do (existing keys keep reading
/// submissions, all they could do) and when it was last used.
struct M0043AddAPIKeyScopes: Migration {
    let version = 43
    let name = "AddAPIKeyScopes"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw("ALTER TABLE api_keys ADD COLUMN scopes TEXT NOT NULL DEFAULT 'submissions.read'").run()
        try await database.raw("ALTER TABLE api_keys ADD COLUMN last_used_at BIGINT").run()
    }
}
