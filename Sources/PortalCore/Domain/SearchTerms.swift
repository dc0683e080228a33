/// The words a case can be found by in the inbox: the parts of the applicant's name and the
/// segments of the reference, folded (lower case, no accents). A search matches when each of its
/// words is the beginning of one of these, so "müll eri" finds "Erika Müller-Lüdenscheidt" and
/// "k5jt" or "2026-4n" finds "BRU-2026-4NKQ-K5JT". Stored one row per word, so prefix lookups use an
/// index instead of scanning every case.
public enum SearchTerms {
    /// At most this many words of a search are used.
    public static let maximumSearchWords = 5

    /// The words stored for a case take at most this many bytes as one line: the line is part of
    /// an index entry, and PostgreSQL refuses entries over about 2,700 bytes.
    public static let maximumLineBytes = 1_000

    /// The reference's segments and the name's words in order, as many as fit the line.
    public static func of(applicantName: String?, reference: Reference) -> Set<String> {
        var terms: Set<String> = []
        var bytes = 1
        for word in words(in: reference.rawValue) + words(in: applicantName ?? "") where !terms.contains(word) {
            guard bytes + word.utf8.count + 1 <= maximumLineBytes else { break }
            terms.insert(word)
            bytes += word.utf8.count + 1
        }
        return terms
    }

    /// The words in one line, each after a space and the line ending in one (" bru 2026 erika "),
    /// so `line LIKE "% eri%"` holds exactly when a word begins with "eri"; empty without words.
    public static func line(_ terms: Set<String>) -> String {
        terms.isEmpty ? "" : " " + terms.sorted().joined(separator: " ") + " "
    }

    /// The `LIKE` pattern for a line containing a word that begins with `prefix` (words hold only
    /// letters and digits, so nothing needs escaping).
    public static func linePattern(_ prefix: String) -> String {
        "% " + prefix + "%"
    }

    /// The words of what a case worker typed.
    public static func query(_ search: String) -> [String] {
        var seen = Set<String>()
        return Array(words(in: search).filter { seen.insert($0).inserted }.prefix(maximumSearchWords))
    }

    /// The first term after every term starting with `prefix`, in byte order (the order of the
    /// index): prefix ≤ term < upperBound(prefix) exactly when term starts with prefix.
    public static func upperBound(_ prefix: String) -> String {
        prefix + "\u{10FFFF}"
    }

    static func words(in text: String) -> [String] {
        SearchText.fold(text).split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { !$0.isEmpty }.map { String($0.prefix(100)) }
    }
}
