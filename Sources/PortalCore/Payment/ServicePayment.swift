/// How one service takes its fee online (issue 18): the policy, where the platform books it
/// (originator and endpoint, when they differ from the portal's), the Kasse's booking data, the
/// purpose template and the VAT rate. Stored with the service; nil means no online payment.
public struct ServicePayment: Hashable, Sendable, Codable {
    /// One booking datum for the Kasse (Haushaltsstelle, Objektnummer …), in the order the editor gave.
    public struct BookingEntry: Hashable, Sendable, Codable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public var policy: PaymentPolicy
    /// The platform's originator and endpoint for this service; nil: the portal's.
    public var originatorID: String?
    public var endpointID: String?
    public var bookingData: [BookingEntry]
    /// `{aktenzeichen}` and `{leistung}` are filled in (`PaymentPurpose`).
    public var purposeTemplate: String
    /// Authority fees are usually untaxed.
    public var taxRatePercent: Int

    public static let defaultPurposeTemplate = "{aktenzeichen} {leistung}"

    public init(
        policy: PaymentPolicy, originatorID: String? = nil, endpointID: String? = nil, bookingData: [BookingEntry] = [],
        purposeTemplate: String = ServicePayment.defaultPurposeTemplate, taxRatePercent: Int = 0
    ) {
        self.policy = policy
        self.originatorID = originatorID
        self.endpointID = endpointID
        self.bookingData = bookingData
        self.purposeTemplate = purposeTemplate
        self.taxRatePercent = taxRatePercent
    }

    /// The booking data as the interface sends it.
    public var bookingDictionary: [String: String] {
        Dictionary(bookingData.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// What is wrong with settings an editor typed, in the order of the form; empty when they may be saved.
    public var problems: [Problem] {
        var problems: [Problem] = []
        for id in [originatorID, endpointID].compactMap({ $0 }) where id.count > 64 || id.contains(where: { $0.isWhitespace || $0 == "/" }) {
            problems.append(.platformID)
            break
        }
        if bookingData.contains(where: { $0.key.isEmpty || $0.key.count > 60 || $0.value.count > 200 }) { problems.append(.bookingData) }
        if Set(bookingData.map(\.key)).count != bookingData.count { problems.append(.bookingDataTwice) }
        if PaymentPurpose.text(template: purposeTemplate, reference: "ABC-2026-AAAA-AAAA", service: "").isEmpty || purposeTemplate.count > 200 {
            problems.append(.purposeTemplate)
        }
        if !(0...100).contains(taxRatePercent) { problems.append(.taxRate) }
        return problems
    }

    public enum Problem: Hashable, Sendable {
        case platformID
        case bookingData
        case bookingDataTwice
        case purposeTemplate
        case taxRate
    }
}
