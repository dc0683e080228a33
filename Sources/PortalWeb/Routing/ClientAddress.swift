import Foundation

/// The client a request comes from. Behind a reverse proxy every connection comes from the
/// proxy, so limits per client would lock everyone out together; the proxy names the client in
/// `Forwarded` (RFC 7239) or `X-Forwarded-For`. Those headers are believed only from a trusted
/// proxy, and read from the right: the right-most address that is not a trusted proxy is the
/// client, because everything left of it could have been written by the client itself.
public enum ClientAddress {
    /// - Parameters:
    ///   - peer: the address the connection comes from.
    ///   - forwarded: the values of every `Forwarded` header, in order.
    ///   - forwardedFor: the values of every `X-Forwarded-For` header, in order.
    public static func resolve(peer: String, forwarded: [String], forwardedFor: [String], trusted: [AddressRange]) -> String {
        guard trusted.contains(where: { $0.contains(peer) }) else { return peer }
        // `Forwarded` when the proxy sends it, else the older header; a malformed chain is ignored as a whole.
        let chain = forwarded.isEmpty ? parseForwardedFor(forwardedFor) : parseForwarded(forwarded)
        guard let chain, !chain.isEmpty else { return peer }
        for address in chain.reversed() where !trusted.contains(where: { $0.contains(address) }) {
            return address
        }
        return chain[0]
    }

    static func parseForwardedFor(_ values: [String]) -> [String]? {
        var chain: [String] = []
        for value in values {
            for item in value.split(separator: ",", omittingEmptySubsequences: false) {
                guard let address = plainAddress(item.trimmingCharacters(in: .whitespaces)) else { return nil }
                chain.append(address)
            }
        }
        return chain
    }

    static func parseForwarded(_ values: [String]) -> [String]? {
        var chain: [String] = []
        for value in values {
            for element in value.split(separator: ",", omittingEmptySubsequences: false) {
                var found: String?
                for pair in element.split(separator: ";") {
                    let parts = pair.split(separator: "=", maxSplits: 1)
                    guard parts.count == 2 else { return nil }
                    guard parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "for" else { continue }
                    var node = parts[1].trimmingCharacters(in: .whitespaces)
                    if node.hasPrefix("\""), node.hasSuffix("\""), node.count >= 2 { node = String(node.dropFirst().dropLast()) }
                    guard let address = plainAddress(node) else { return nil }
                    found = address
                }
                guard let found else { return nil }
                chain.append(found)
            }
        }
        return chain
    }

    /// `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]`, `[2001:db8::1]:4711` or `2001:db8::1` as the bare address.
    static func plainAddress(_ text: String) -> String? {
        guard !text.isEmpty, text.utf8.count <= 64 else { return nil }
        var candidate = text
        if candidate.hasPrefix("[") {
            guard let close = candidate.firstIndex(of: "]") else { return nil }
            let rest = candidate[candidate.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isNumber) && rest.count > 1) else { return nil }
            candidate = String(candidate[candidate.index(after: candidate.startIndex)..<close])
        } else if candidate.filter({ $0 == ":" }).count == 1 {
            let parts = candidate.split(separator: ":")
            guard parts.count == 2, parts[1].allSatisfy(\.isNumber) else { return nil }
            candidate = String(parts[0])
        }
        return AddressRange.bytes(of: candidate) != nil ? candidate : nil
    }
}
