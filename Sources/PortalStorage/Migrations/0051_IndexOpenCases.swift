import SQLKit

/// The inbox's due and overdue views walk a unit's newest open cases with their due day in the
/// index: among a million cases most are closed, and the day range of `submissions_due` would hold
/// every closed case due before today too (measured in `bench/RESULTS.md`, session 12). The
/// condition is `CaseStatus.processing`; the queries repeat it word for word so both databases use it.
struct M0051IndexOpenCases: Migration {
    let version = 51
    let name = "IndexOpenCases"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.raw(
            "CREATE INDEX submissions_open ON submissions (org_unit_id, seq, due_on) WHERE status IN ('received', 'inProgress')"
        ).run()
    }
}
