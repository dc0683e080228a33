import Foundation

/// The inbox's views by deadline. Only cases being processed count as due (received or in
/// progress): a case waiting for the applicant has its clock stopped.
public enum DeadlineFilter: Hashable, Sendable {
    /// Due on this day or earlier.
    case dueBy(LocalDate)
    /// Due before this day (today: overdue).
    case dueBefore(LocalDate)
    /// Follow-up day on this day or earlier.
    case followUpBy(LocalDate)
}

/// The inbox's views by who works on a case.
public enum AssigneeFilter: Hashable, Sendable {
    case user(StaffUser.ID)
    case unassigned
}

/// How the inbox lists its cases. A search lists its matches newest first whatever the order.
public enum InboxOrder: String, Hashable, Sendable, CaseIterable {
    case newest
    /// Earliest due day first, cases due the same day in the order they arrived; cases without a
    /// due day (services without a processing time) after them, newest first.
    case dueDate
    /// By where a case stands, in the order of `CaseStatus.allCases` (received, in progress,
    /// waiting, decided, …), newest first within each.
    case status
}

/// What a case worker's inbox shows: their org units, optionally one service and one status,
/// optionally a search for a reference or a name; newest first, in pages.
public struct InboxQuery: Hashable, Sendable {
    public var orgUnits: Set<OrgUnit.ID>
    public var serviceID: Service.ID?
    public var status: CaseStatus?
    /// Only the cases of one staff member ("Meine Fälle") or only those nobody has taken.
    public var assignee: AssigneeFilter?
    public var deadline: DeadlineFilter?
    /// Received at or after this moment, and before that one.
    public var receivedFrom: Date?
    public var receivedBefore: Date?
    /// A reference (exact) or part of the applicant's name.
    public var search: String?
    public var order: InboxOrder = .newest
    /// The next page: the cases after this one (by sequence number) in the chosen order; for the
    /// newest first, those that arrived before it.
    public var before: Int64?
    public var limit: Int
    /// Whose read markers to report.
    public var reader: StaffUser.ID
    /// A search word that begins at most this many different words is looked up word by word: the
    /// newest cases of each are merged from the index, so a page costs about 50 lookups however
    /// common the word is. Tests lower it to reach the other plans.
    public var distinctTermLimit = 16
    /// Up to this many matches of a search word are read first (by word, or all of a rare word's
    /// cases); above it the units' newest cases are read in order and the word checked in the
    /// index that holds their words. Reading first costs about one index lookup per match (≈ 1 µs),
    /// checking in order about 50 × cases ÷ matches index entries (≈ 0.15 µs each), so they meet
    /// near √(7.5 × cases): 2,700 for a million. Measured on the bench's 1,000,000 cases in
    /// `bench/RESULTS.md` (sessions 8 and 9). Tests lower it to reach every plan.
    public var rareTermLimit = 3_000

    public init(
        orgUnits: Set<OrgUnit.ID>, serviceID: Service.ID? = nil, status: CaseStatus? = nil, assignee: AssigneeFilter? = nil,
        deadline: DeadlineFilter? = nil, receivedFrom: Date? = nil, receivedBefore: Date? = nil, search: String? = nil, before: Int64? = nil,
        limit: Int = 50, reader: StaffUser.ID
    ) {
        self.receivedFrom = receivedFrom
        self.receivedBefore = receivedBefore
        self.deadline = deadline
        self.assignee = assignee
        self.orgUnits = orgUnits
        self.serviceID = serviceID
        self.status = status
        self.search = search
        self.before = before
        self.limit = limit
        self.reader = reader
    }
}
