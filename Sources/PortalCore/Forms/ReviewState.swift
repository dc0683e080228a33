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

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.editing, .german): "In Bearbeitung durch die Redaktion"
        case (.inReview, .german): "Zur Prüfung bei der Fachabteilung"
        case (.changesRequested, .german): "Änderungen angefordert"
        case (.approved, .german): "Von der Fachabteilung freigegeben"
        case (.editing, .english): "Being edited"
        case (.inReview, .english): "In review with the department"
        case (.changesRequested, .english): "Changes requested"
        case (.approved, .english): "Approved by the department"
        }
    }
}
