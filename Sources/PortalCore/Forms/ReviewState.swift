/// Where a draft stands in the review loop with the department.
public enum ReviewState: String, Hashable, Sendable, Codable {
    /// The editors are working on it.
    case editing
    /// Sent to the department's reviewers.
    case inReview
    /// The reviewers asked for changes.
    case changesRequested
    /// The reviewers approved this revision; any later change withdraws the approval.
    case approved

}
