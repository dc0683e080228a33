/// Who applicants can ask about a service (SDG Art. 10 contact details).
public struct Contact: Hashable, Sendable, Codable {
    public var name: String
    public var phone: String?
    public var email: String?
    public var address: String?
    public var openingHours: String?

    public init(name: String, phone: String? = nil, email: String? = nil, address: String? = nil, openingHours: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
        self.address = address
        self.openingHours = openingHours
    }
}
