import PortalCore
import SQLKit

/// The inbox's search words (`SearchTerms`), one row per case and word, indexed for prefix lookups
/// in byte order (PostgreSQL: collation "C"; SQLite compares bytes anyway). Existing cases are
/// filled in here. Keyed by sequence number since 0038; this step keeps the shape it had.
struct M0035CreateSubmissionTerms: Migration {
    let version = 35
    let name = "CreateSubmissionTerms"

    func prepare(on database: any SQLDatabase) async throws {
        let collation = database.dialect.name == "postgresql" ? " COLLATE \"C\"" : ""
        try await database.raw(
            """
            CREATE TABLE submission_terms (
                submission_id TEXT NOT NULL REFERENCES submissions(id),
                term TEXT\(unsafeRaw: collation) NOT NULL
            )
            """
        ).run()
        try await database.raw("CREATE INDEX submission_terms_term ON submission_terms (term, submission_id)").run()
        try await database.raw("CREATE INDEX submission_terms_submission ON submission_terms (submission_id)").run()
        var after = ""
        while true {
            let rows = try await database.raw(
                """
                SELECT id, reference, applicant_name FROM submissions WHERE id > \(bind: after) ORDER BY id LIMIT 1000
                """
            ).all()
            guard let last = rows.last else { break }
            for row in rows {
                let id = try row.decode(column: "id", as: String.self)
                let referenceText = try row.decode(column: "reference", as: String.self)
                guard let reference = Reference(referenceText) else { continue }
                let terms = SearchTerms.of(applicantName: try row.decode(column: "applicant_name", as: String?.self), reference: reference)
                // One statement per case: an upgrade of a large installation writes millions of words here.
                guard !terms.isEmpty else { continue }
                var insert: SQLQueryString = "INSERT INTO submission_terms (submission_id, term) VALUES "
                for (index, term) in terms.sorted().enumerated() {
                    insert += index > 0 ? ", (\(bind: id), \(bind: term))" : "(\(bind: id), \(bind: term))"
                }
                try await database.raw(insert).run()
            }
            after = try last.decode(column: "id", as: String.self)
        }
    }
}
