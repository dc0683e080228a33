/// The authority that runs the portal (Landkreis, Stadt): named in the header and footer of every
/// page and at the top of every receipt, so citizens know whom they are dealing with.
public struct Authority: Hashable, Sendable {
    public var name: String
    /// One line, as on a letterhead: „Kreishaus, Am Markt 1, 24534 Musterstadt“.
    public var address: String

    public init(name: String, address: String = "") {
        self.name = name
        self.address = address
    }

    /// Not configured: pages and receipts show the portal's name only.
    public static let unnamed = Authority(name: "")
    /// The demo's own authority.
    public static let demo = Authority(name: "Landkreis Musterstadt", address: "Kreishaus, Am Markt 1, 24534 Musterstadt")
}
