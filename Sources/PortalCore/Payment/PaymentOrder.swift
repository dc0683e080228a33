import Foundation

/// What the portal asks a payment platform to collect: one transaction with its items, the
/// purpose for the bank statement and where the platform sends the applicant back to.
public struct PaymentOrder: Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        /// At most 36 characters each.
        public var id: String
        public var reference: String
        public var description: String
        public var taxRatePercent: Int
        public var quantity: Int
        /// The price of one, tax included.
        public var singleGross: MoneyAmount
        /// The Kasse's booking data (Haushaltsstelle, Objektnummer …).
        public var bookingData: [String: String]

        public init(
            id: String, reference: String, description: String, taxRatePercent: Int = 0, quantity: Int = 1, singleGross: MoneyAmount,
            bookingData: [String: String] = [:]
        ) {
            self.id = id
            self.reference = reference
            self.description = description
            self.taxRatePercent = taxRatePercent
            self.quantity = quantity
            self.singleGross = singleGross
            self.bookingData = bookingData
        }

        public var totalGross: MoneyAmount { singleGross * quantity }
    }

    /// Who pays, as far as the application says.
    public struct Requestor: Hashable, Sendable {
        public var name: String
        public var firstName: String?
        public var organizationName: String?
        public var street: String?
        public var houseNumber: String?
        public var postalCode: String?
        public var city: String?
        public var country: String?

        public init(
            name: String, firstName: String? = nil, organizationName: String? = nil, street: String? = nil, houseNumber: String? = nil,
            postalCode: String? = nil, city: String? = nil, country: String? = "DE"
        ) {
            self.name = name
            self.firstName = firstName
            self.organizationName = organizationName
            self.street = street
            self.houseNumber = houseNumber
            self.postalCode = postalCode
            self.city = city
            self.country = country
        }
    }

    /// Makes a repeated request (a double click, a retry after a timeout) the same transaction: at
    /// most 36 characters of `A–Z a–z 0–9 _ -`.
    public var requestID: String
    public var purpose: String
    public var description: String
    public var redirectURL: String
    public var items: [Item]
    public var requestor: Requestor?

    public init(requestID: String, purpose: String, description: String, redirectURL: String, items: [Item], requestor: Requestor? = nil) {
        self.requestID = requestID
        self.purpose = purpose
        self.description = description
        self.redirectURL = redirectURL
        self.items = items
        self.requestor = requestor
    }

    public var total: MoneyAmount { items.reduce(.zero) { $0 + $1.totalGross } }

    /// What is wrong with the order before it is sent; empty when it may go.
    public var problems: [String] {
        var problems: [String] = []
        if !(1...36).contains(requestID.count) || !requestID.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }) {
            problems.append("requestId")
        }
        if !PaymentPurpose.isValid(purpose) { problems.append("purpose") }
        if description.count > 250 { problems.append("description") }
        if items.isEmpty || total.cents <= 0 { problems.append("grosAmount") }
        for item in items where item.id.count > 36 || item.reference.count > 36 || item.quantity < 1 || item.singleGross.cents < 0 {
            problems.append("items.\(item.id)")
        }
        return problems
    }
}
