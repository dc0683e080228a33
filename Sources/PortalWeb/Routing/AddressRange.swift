import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An IPv4 or IPv6 address with a prefix length (`10.0.0.0/8`, `2001:db8::/32`, or one address),
/// for `TRUSTED_PROXIES`.
public struct AddressRange: Sendable, Equatable, CustomStringConvertible {
    let network: [UInt8]
    let prefixLength: Int

    /// Reads `a.b.c.d`, an IPv6 address, either with `/prefix`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let bytes = Self.bytes(of: String(parts[0])) else { return nil }
        let length: Int
        if parts.count == 2 {
            guard let number = Int(parts[1]), (0...bytes.count * 8).contains(number), parts[1].allSatisfy(\.isNumber) else { return nil }
            length = number
        } else {
            length = bytes.count * 8
        }
        network = bytes
        prefixLength = length
    }

    public func contains(_ address: String) -> Bool {
        guard let bytes = Self.bytes(of: address), bytes.count == network.count else { return false }
        var remaining = prefixLength
        for (index, byte) in bytes.enumerated() where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if byte & mask != network[index] & mask { return false }
            remaining -= bits
        }
        return true
    }

    public var description: String {
        let text = network.count == 4 ? network.map(String.init).joined(separator: ".") : "IPv6"
        return "\(text)/\(prefixLength)"
    }

    /// The address's bytes (4 or 16), or nil when it is not an IP address. An IPv4-mapped IPv6
    /// address counts as its IPv4 address.
    static func bytes(of text: String) -> [UInt8]? {
        guard !text.isEmpty, text.utf8.count <= 45 else { return nil }
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF { return Array(bytes[12...]) }
        return bytes
    }
}
