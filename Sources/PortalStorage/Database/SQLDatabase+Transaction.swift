import SQLKit

extension SQLDatabase {
    /// Runs `body` in one transaction on one session: commits when it returns, rolls back when it
    /// throws. SQLKit has no transaction API; this is the one place that spells it out.
    public func transaction<T: Sendable>(
        begin: String = "BEGIN",
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> T
    ) async throws -> T {
        try await withSession { session in
            try await session.raw(SQLQueryString(begin)).run()
            do {
                let result = try await body(session)
                try await session.raw("COMMIT").run()
                return result
            } catch {
                try? await session.raw("ROLLBACK").run()
                throw error
            }
        }
    }
}
