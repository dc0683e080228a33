import Foundation
import PortalCore
import SQLKit

/// A case worker's inbox page: the newest cases of their org units, filtered and searched, with
/// only the page's cases read from the table. Three ways to find a search word's cases, chosen per
/// query from what the word matches (numbers for a million cases in `bench/RESULTS.md`, session 9):
/// - **by word**: the word begins few different words (a surname, a first name). Each word's
///   cases are kept newest first in `submission_terms (term, seq)`, so the newest matches of all
///   of them are merged from those index ranges and checked against the units and filters until a
///   page is full (0.02 ms for „müller“ in 12,000 cases). Beyond `rareTermLimit` matches read
///   this way — a word common elsewhere but rare in these units — the units' cases below the last
///   match read go on by walking.
/// - **rare**: the word begins many different words but matches few cases (a reference
///   fragment): all its cases are read and the newest kept.
/// - **walking**: the units' newest cases are read in order from the index that also holds their
///   words (`submissions_inbox`), each checked with `LIKE`, until a page is full.
struct SQLInbox {
    let database: PortalDatabase

    /// A search word with the words it begins (when at most `distinctTermLimit`) or how many cases
    /// it matches (counted up to `rareTermLimit + 1`).
    private struct Word {
        let prefix: String
        let upper: String
        var terms: [String]?
        var matches = 0
    }

    func page(_ query: InboxQuery) async throws -> [SubmissionSummary] {
        guard !query.orgUnits.isEmpty else { return [] }
        var words: [Word] = []
        var reference: Reference?
        if let search = query.search?.trimmingCharacters(in: .whitespaces), !search.isEmpty {
            reference = Reference(search)
            if reference == nil {
                for prefix in SearchTerms.query(search) {
                    guard let word = try await word(prefix, query) else { return [] }
                    words.append(word)
                }
            }
        }
        let filter = Filter(query: query, units: query.orgUnits.map(\.description).sorted(), reference: reference)
        if query.order != .newest, words.isEmpty, reference == nil {
            return try await orderedPage(filter, query)
        }

        // Due cases and one person's cases are few among a unit's newest: read them from their own
        // index (SQLite would otherwise walk the unit's newest cases looking for them).
        if words.isEmpty, reference == nil, let index = Self.selectiveIndex(query) {
            let hint = database.kind == .sqlite ? " INDEXED BY \(index)" : ""
            func newest(in units: [String]) -> SQLQueryString {
                var sql: SQLQueryString = "SELECT s.seq FROM submissions s\(unsafeRaw: hint) WHERE \(filter.conditions(units: units, checking: []))"
                if let before = query.before { sql += " AND s.seq < \(bind: before)" }
                return sql + " ORDER BY s.seq DESC LIMIT \(bind: query.limit)"
            }
            // The open cases' index is ordered by unit first: each unit's newest, merged (as in `walk`).
            guard index == "submissions_open", filter.units.count > 1 else { return try await summaries(newest(in: filter.units), reader: query.reader) }
            var sql: SQLQueryString = ""
            for (position, unit) in filter.units.enumerated() {
                if position > 0 { sql += " UNION ALL " }
                sql += "SELECT seq FROM (" + newest(in: [unit]) + ") u\(unsafeRaw: "\(position)")"
            }
            return try await summaries(sql + " ORDER BY seq DESC LIMIT \(bind: query.limit)", reader: query.reader)
        }

        if let (driver, terms) = words.compactMap({ word in word.terms.map { (word, $0) } }).min(by: { $0.1.count < $1.1.count }) {
            let candidates = candidates(terms, before: query.before, limit: query.rareTermLimit)
            let others = words.filter { $0.prefix != driver.prefix }
            var page = try await summaries(
                """
                SELECT m.seq FROM (\(candidates)) m CROSS JOIN submissions s
                WHERE s.seq = m.seq AND \(filter.conditions(checking: others)) ORDER BY m.seq DESC LIMIT \(bind: query.limit)
                """, reader: query.reader)
            if page.count < query.limit {
                let row = try await database.reader.raw("SELECT MIN(seq) AS lowest, COUNT(*) AS n FROM (\(candidates)) c").first()
                let read = try row?.decode(column: "n", as: Int.self) ?? 0
                if read >= query.rareTermLimit {
                    let lowest = try row?.decode(column: "lowest", as: Int64?.self) ?? query.before
                    // The two reads may see different commits; a case already on the page is not listed twice.
                    let shown = Set(page.map(\.sequence))
                    page += try await summaries(walk(filter, checking: words, before: lowest, limit: query.limit - page.count), reader: query.reader)
                        .filter { !shown.contains($0.sequence) }
                }
            }
            return page
        }
        if let driver = words.filter({ $0.matches <= query.rareTermLimit }).min(by: { $0.matches < $1.matches }) {
            // CROSS JOIN keeps SQLite to reading the word's few cases first.
            var sql: SQLQueryString =
                "SELECT s.seq FROM (SELECT DISTINCT seq FROM submission_terms WHERE term >= \(bind: driver.prefix) AND term < \(bind: driver.upper)"
            if let before = query.before { sql += " AND seq < \(bind: before)" }
            sql += ") m CROSS JOIN submissions s WHERE s.seq = m.seq AND \(filter.conditions(checking: words.filter { $0.prefix != driver.prefix }))"
            sql += " ORDER BY s.seq DESC LIMIT \(bind: query.limit)"
            return try await summaries(sql, reader: query.reader)
        }
        return try await summaries(walk(filter, checking: words, before: query.before, limit: query.limit), reader: query.reader)
    }

    /// A page in another order than arrival: the sequence numbers in order first (per unit, merged,
    /// like `walk`), then their rows. The page after a case starts from that case's due day or status.
    private func orderedPage(_ filter: Filter, _ query: InboxQuery) async throws -> [SubmissionSummary] {
        var cursor: (due: String?, status: CaseStatus?, seq: Int64)?
        if let before = query.before {
            guard let row = try await database.reader.raw("SELECT due_on, status FROM submissions WHERE seq = \(bind: before)").first() else { return [] }
            cursor = (try row.decode(column: "due_on", as: String?.self), CaseStatus(rawValue: try row.decode(column: "status", as: String.self)), before)
        }
        var page: [Int64] = []
        func read(_ select: (_ units: [String]) -> SQLQueryString, orderedBy order: String) async throws {
            let limit = query.limit - page.count
            guard limit > 0 else { return }
            var sql: SQLQueryString = ""
            for (index, unit) in filter.units.enumerated() {
                if index > 0 { sql += " UNION ALL " }
                sql += "SELECT * FROM (" + select([unit]) + " LIMIT \(bind: limit)) u\(unsafeRaw: "\(index)")"
            }
            sql += " ORDER BY \(unsafeRaw: order) LIMIT \(bind: limit)"
            page += try await database.reader.raw(sql).all().map { try $0.decode(column: "seq", as: Int64.self) }
        }
        switch query.order {
        case .newest:
            break
        case .dueDate:
            if cursor == nil || cursor?.due != nil {
                try await read(
                    { units in
                        var sql: SQLQueryString =
                            "SELECT s.seq, s.due_on FROM submissions s WHERE \(filter.conditions(units: units, checking: [])) AND s.due_on IS NOT NULL"
                        if let cursor, let due = cursor.due {
                            sql += " AND (s.due_on > \(bind: due) OR (s.due_on = \(bind: due) AND s.seq > \(bind: cursor.seq)))"
                        }
                        return sql + " ORDER BY s.due_on, s.seq"
                    }, orderedBy: "due_on, seq")
            }
            try await read(
                { units in
                    var sql: SQLQueryString = "SELECT s.seq FROM submissions s WHERE \(filter.conditions(units: units, checking: [])) AND s.due_on IS NULL"
                    if let cursor, cursor.due == nil { sql += " AND s.seq < \(bind: cursor.seq)" }
                    return sql + " ORDER BY s.seq DESC"
                }, orderedBy: "seq DESC")
        case .status:
            let statuses = CaseStatus.allCases
            let first = cursor?.status.flatMap { statuses.firstIndex(of: $0) } ?? 0
            for index in first..<statuses.count where query.status == nil || query.status == statuses[index] {
                try await read(
                    { units in
                        var sql: SQLQueryString =
                            "SELECT s.seq FROM submissions s WHERE \(filter.conditions(units: units, checking: [])) AND s.status = \(bind: statuses[index].rawValue)"
                        if let cursor, index == first { sql += " AND s.seq < \(bind: cursor.seq)" }
                        return sql + " ORDER BY s.seq DESC"
                    }, orderedBy: "seq DESC")
            }
        }
        guard !page.isEmpty else { return [] }
        let position = Dictionary(page.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return try await summaries("SELECT seq FROM submissions WHERE seq IN (\(binds: page))", reader: query.reader)
            .sorted { position[$0.sequence, default: 0] < position[$1.sequence, default: 0] }
    }

    /// The index that finds the query's few cases directly, when a filter is that selective.
    static func selectiveIndex(_ query: InboxQuery) -> String? {
        switch query.deadline {
        case .followUpBy: return "submissions_follow_up"
        // The unit's newest open cases, their due day read from the index (most cases are closed).
        case .dueBy, .dueBefore: return "submissions_open"
        case nil: break
        }
        if case .user = query.assignee { return "submissions_assignee" }
        return nil
    }

    /// The words `prefix` begins, or, when they are more than `distinctTermLimit`, how many cases
    /// it matches; nil when it matches none. The words are found by stepping from one to the next
    /// in the index (a loose index scan), not by reading every case's entry.
    private func word(_ prefix: String, _ query: InboxQuery) async throws -> Word? {
        var word = Word(prefix: prefix, upper: SearchTerms.upperBound(prefix))
        let terms = try await database.reader.raw(
            """
            WITH RECURSIVE t(term, n) AS (
                SELECT (SELECT MIN(term) FROM submission_terms WHERE term >= \(bind: word.prefix) AND term < \(bind: word.upper)), 1
                UNION ALL
                SELECT (SELECT MIN(term) FROM submission_terms WHERE term > t.term AND term < \(bind: word.upper)), n + 1
                FROM t WHERE t.term IS NOT NULL AND n <= \(bind: query.distinctTermLimit)
            )
            SELECT term FROM t WHERE term IS NOT NULL
            """
        ).all().map { try $0.decode(column: "term", as: String.self) }
        if terms.isEmpty { return nil }
        if terms.count <= query.distinctTermLimit {
            word.terms = terms
        } else {
            word.matches =
                try await database.reader.raw(
                    """
                    SELECT COUNT(*) AS n FROM (SELECT 1 FROM submission_terms WHERE term >= \(bind: word.prefix) AND term < \(bind: word.upper) LIMIT \(bind: query.rareTermLimit + 1)) t
                    """
                ).first()?.decode(column: "n", as: Int.self) ?? 0
        }
        return word
    }

    /// The newest `limit` cases that have one of `terms`, merged from each term's index range
    /// (SQLite streams a compound `SELECT` in order; PostgreSQL reads at most `limit` per term).
    private func candidates(_ terms: [String], before: Int64?, limit: Int) -> SQLQueryString {
        // PostgreSQL needs each limited term in parentheses, and refuses them around a single one.
        let isPostgres = database.kind == .postgres && terms.count > 1
        var sql: SQLQueryString = ""
        for (index, term) in terms.enumerated() {
            if index > 0 { sql += " UNION " }
            if isPostgres { sql += "(" }
            sql += "SELECT seq FROM submission_terms WHERE term = \(bind: term)"
            if let before { sql += " AND seq < \(bind: before)" }
            if isPostgres { sql += " ORDER BY seq DESC LIMIT \(bind: limit))" }
        }
        sql += " ORDER BY 1 DESC LIMIT \(bind: limit)"
        return sql
    }

    /// The units' newest cases in order from the index that holds their words. Several units: each
    /// unit's newest come from its own index range and the pages are merged; one `IN` over all of
    /// them made SQLite sort every case of the units (1.6 s on a million) because no single index
    /// range is in arrival order.
    private func walk(_ filter: Filter, checking words: [Word], before: Int64?, limit: Int) -> SQLQueryString {
        func newest(in units: [String]) -> SQLQueryString {
            var sql: SQLQueryString = "SELECT s.seq FROM submissions s WHERE \(filter.conditions(units: units, checking: words))"
            if let before { sql += " AND s.seq < \(bind: before)" }
            sql += " ORDER BY s.seq DESC LIMIT \(bind: limit)"
            return sql
        }
        guard filter.units.count > 1 else { return newest(in: filter.units) }
        var sql: SQLQueryString = ""
        for (index, unit) in filter.units.enumerated() {
            if index > 0 { sql += " UNION ALL " }
            sql += "SELECT seq FROM (" + newest(in: [unit]) + ") u\(unsafeRaw: "\(index)")"
        }
        sql += " ORDER BY seq DESC LIMIT \(bind: limit)"
        return sql
    }

    /// The page's rows for the sequence numbers `page` selects, newest first.
    private func summaries(_ page: SQLQueryString, reader: StaffUser.ID) async throws -> [SubmissionSummary] {
        try await database.reader.raw(
            """
            SELECT s.seq, s.id, s.reference, s.status, s.received_at, s.applicant_name, s.is_test, s.assignee_id, s.due_on, s.follow_up_on,
                   v.slug, v.title, r.first_read_at
            FROM (\(page)) k CROSS JOIN submissions s
            JOIN services v ON v.id = s.service_id
            LEFT JOIN submission_reads r ON r.submission_id = s.id AND r.user_id = \(bind: reader.description)
            WHERE s.seq = k.seq ORDER BY s.seq DESC
            """
        ).all().map { try SQLSubmissionStore.summary($0, withReadMarker: true) }
    }

    /// The query's conditions on a case `s`.
    private struct Filter {
        /// `'received', 'inProgress'`, as in migration 0051's index.
        static let processingList = CaseStatus.processing.map { "'\($0.rawValue)'" }.joined(separator: ", ")

        let query: InboxQuery
        let units: [String]
        let reference: Reference?

        func conditions(units: [String]? = nil, checking words: [Word]) -> SQLQueryString {
            var sql: SQLQueryString = "s.org_unit_id IN (\(binds: units ?? self.units))"
            if let service = query.serviceID { sql += " AND s.service_id = \(bind: service.description)" }
            if let status = query.status { sql += " AND s.status = \(bind: status.rawValue)" }
            switch query.assignee {
            case .user(let id): sql += " AND s.assignee_id = \(bind: id.description)"
            case .unassigned: sql += " AND s.assignee_id IS NULL"
            case nil: break
            }
            if let from = query.receivedFrom { sql += " AND s.received_at >= \(bind: SQLTime.encode(from))" }
            if let before = query.receivedBefore { sql += " AND s.received_at < \(bind: SQLTime.encode(before))" }
            // Literal, not bound: the planners match it against the partial index `submissions_open`.
            let processing: SQLQueryString = "s.status IN (\(unsafeRaw: Self.processingList))"
            switch query.deadline {
            case .dueBy(let day): sql += " AND s.due_on <= \(bind: day.iso) AND " + processing
            case .dueBefore(let day): sql += " AND s.due_on < \(bind: day.iso) AND " + processing
            case .followUpBy(let day): sql += " AND s.follow_up_on <= \(bind: day.iso)"
            case nil: break
            }
            if let reference { sql += " AND s.reference = \(bind: reference.rawValue)" }
            for word in words {
                sql += " AND s.search_words LIKE \(bind: SearchTerms.linePattern(word.prefix))"
            }
            return sql
        }
    }
}
