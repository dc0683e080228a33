import Foundation

/// A message through the contact form (instead of bare e-mail addresses): about a service, a
/// technical problem, a barrier (accessibility feedback, BITV 2.0) or anything else.
public struct ContactMessage: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<ContactMessage>

    public enum Category: String, Hashable, Sendable, CaseIterable {
        case question
        case technical
        case accessibility
        case other

    }

    public var id: ID
    public var category: Category
    /// The service it is about, if sent from a service page; routes it to that service's org unit.
    public var serviceID: Service.ID?
    public var orgUnitID: OrgUnit.ID?
    public var name: String?
    public var email: String
    public var text: String
    public var receivedAt: Date

    public init(id: ID, category: Category, serviceID: Service.ID?, orgUnitID: OrgUnit.ID?, name: String?, email: String, text: String, receivedAt: Date) {
        self.id = id
        self.category = category
        self.serviceID = serviceID
        self.orgUnitID = orgUnitID
        self.name = name
        self.email = email
        self.text = text
        self.receivedAt = receivedAt
    }
}
