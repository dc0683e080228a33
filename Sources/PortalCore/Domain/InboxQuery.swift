/// What a case worker's inbox shows: their org units, optionally one service and one status,
/// optionally a search for a reference or a name; newest first, in pages.
public struct InboxQuery: Hashable, Sendable {
    public var orgUnits: Set<OrgUnit.ID>
    public var serviceID: Service.ID?
    public var status: CaseStatus?
    /// A reference (exact) or part of the applicant's name.
    public var search: String?
    /// Show submissions that arrived before this sequence number (the next page).
    public var before: Int64?
    public var limit: Int
    /// Whose read markers to report.
    public var reader: StaffUser.ID
    /// Up to this many cases a search word's matches are read first; above it the newest cases
    /// are read in order and the word checked in the index that holds their words. Reading first
    /// costs about one index lookup per match (≈ 1 µs), checking in order about 50 × cases ÷ matches
    /// index entries (≈ 0.15 µs each), so they meet near √(7.5 × cases): 2,700 for a million.
    /// Measured on the bench's 1,000,000 cases in `bench/RESULTS.md` (session 8). Tests lower it to
    /// reach both plans.
    public var rareTermLimit = 3_000

    public init(orgUnits: Set<OrgUnit.ID>, serviceID: Service.ID? = nil, status: CaseStatus? = nil, search: String? = nil,
                before: Int64? = nil, limit: Int = 50, reader: StaffUser.ID) {
        self.orgUnits = orgUnits
        self.serviceID = serviceID
        self.status = status
        self.search = search
        self.before = before
        self.limit = limit
        self.reader = reader
    }
}
