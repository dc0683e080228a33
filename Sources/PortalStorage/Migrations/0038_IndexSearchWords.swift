import SQLKit

/// The inbox search made cheap for every word, common or rare (measured on the bench's million
/// cases in `bench/RESULTS.md`, session 8):
/// - `submission_terms` keyed by the case's sequence number instead of its text id, so a rare
///   word's cases come from one index range `(term, seq)` as small integers;
/// - every case's words once more in `submissions.search_words` (" bru 2026 erika muller "),
///   inside the org-unit index `(org_unit_id, seq, status, search_words)`: the newest cases of a
///   unit are read in order from that index alone and a common word is checked there, without a
///   lookup per case. It replaces the index `(org_unit_id, seq)`, whose uses it covers.
struct M0038IndexSearchWords: Migration {
    let version = 38
    let name = "IndexSearchWords"

    func prepare(on database: any SQLDatabase) async throws {
        let isPostgres = database.dialect.name == "postgresql"
        try await database.raw("DROP INDEX submission_terms_term").run()
        try await database.raw("DROP INDEX submission_terms_submission").run()
        try await database.raw("ALTER TABLE submission_terms RENAME TO submission_terms_by_id").run()
        try await database.raw(
            """
            CREATE TABLE submission_terms (
                seq BIGINT NOT NULL REFERENCES submissions(seq),
                term TEXT\(unsafeRaw: isPostgres ? " COLLATE \"C\"" : "") NOT NULL,
                PRIMARY KEY (seq, term)
            )\(unsafeRaw: isPostgres ? "" : " WITHOUT ROWID")
            """
        ).run()
        try await database.raw(
            """
            INSERT INTO submission_terms (seq, term)
            SELECT DISTINCT s.seq, t.term FROM submission_terms_by_id t JOIN submissions s ON s.id = t.submission_id ORDER BY s.seq, t.term
            """
        ).run()
        try await database.raw("CREATE INDEX submission_terms_term ON submission_terms (term, seq)").run()
        try await database.raw("DROP TABLE submission_terms_by_id").run()

        try await database.raw("ALTER TABLE submissions ADD COLUMN search_words TEXT NOT NULL DEFAULT ''").run()
        let joined = isPostgres ? "string_agg(t.term, ' ')" : "group_concat(t.term, ' ')"
        try await database.raw(
            """
            UPDATE submissions SET search_words = COALESCE(' ' || (SELECT \(unsafeRaw: joined) FROM submission_terms t WHERE t.seq = submissions.seq) || ' ', '')
            """
        ).run()
        try await database.raw("DROP INDEX submissions_org_unit_seq").run()
        try await database.raw("CREATE INDEX submissions_inbox ON submissions (org_unit_id, seq, status, search_words)").run()
    }
}
