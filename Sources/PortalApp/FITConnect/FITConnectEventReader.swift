import Foundation
import JWTKit
import PortalCore
import Synchronization

/// Reads a submission's event log and keeps only what is signed: events of the Zustelldienst
/// with a key of its JWKS, the receiver's accept or reject with the key its destination
/// publishes. A token with another algorithm, an unknown key, a bad signature or a subject that
/// is not this submission is left out (and logged by the caller), never believed.
public final class FITConnectEventReader: Sendable {
    let client: FITConnectClient
    /// The IDs of the keys in `collection`: the Zustelldienst's (fetched on first use and again
    /// when a token names an unknown key) and destinations' signing keys.
    private let known = Mutex<Set<String>>([])
    private let collection = JWTKeyCollection()

    public init(client: FITConnectClient) {
        self.client = client
    }

    public enum Rejection: Error, Hashable, Sendable {
        case malformed
        case algorithm(String)
        case unknownKey(String)
        case signature
        case otherSubmission
        case unknownEvent
    }

    /// The verified events of one submission, and how many tokens were left out.
    public func events(remoteID: String, destination: String) async throws(FITConnectFailure) -> (events: [FITConnectEvent], rejected: [Rejection]) {
        let tokens = try await client.events(submission: remoteID)
        var events: [FITConnectEvent] = []
        var rejected: [Rejection] = []
        for token in tokens {
            do {
                events.append(try await verify(token, remoteID: remoteID, destination: destination))
            } catch let rejection as Rejection {
                rejected.append(rejection)
            } catch let failure as FITConnectFailure {
                throw failure
            } catch {
                rejected.append(.signature)
            }
        }
        return (events, rejected)
    }

    func verify(_ token: String, remoteID: String, destination: String) async throws -> FITConnectEvent {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let headerData = Base64URL.decode(String(parts[0])), let header = Self.stringMembers(headerData) else {
            throw Rejection.malformed
        }
        guard header["alg"] == "PS512" else { throw Rejection.algorithm(String((header["alg"] ?? "-").prefix(20))) }
        guard let kid = header["kid"], !kid.isEmpty else { throw Rejection.unknownKey("-") }
        try await loadKey(kid, destination: destination)
        let payload: SecurityEventToken
        do {
            payload = try await collection.verify(token, as: SecurityEventToken.self)
        } catch {
            throw Rejection.signature
        }
        guard payload.sub == "submission:\(remoteID)" else { throw Rejection.otherSubmission }
        guard let (uri, detail) = payload.events.first, let kind = FITConnectEvent.Kind(uri: uri) else { throw Rejection.unknownEvent }
        let problems = (detail.problems ?? []).map { problem in
            String([problem.title, problem.detail].compactMap { $0 }.joined(separator: ": ").prefix(300))
        }
        return FITConnectEvent(
            id: payload.jti, kind: kind, issuedAt: Date(timeIntervalSince1970: TimeInterval(payload.iat)), issuer: payload.iss, problems: problems)
    }

    /// The header's string members (`alg`, `kid`, `typ`); other members are ignored.
    static func stringMembers(_ data: Data) -> [String: String]? {
        guard let json = try? JSONParser.parse(Array(data)), case .object(let members) = json else { return nil }
        var result: [String: String] = [:]
        for member in members { if case .string(let text) = member.value { result[member.key] = text } }
        return result
    }

    /// Makes the key `kid` known: from the Zustelldienst's JWKS, else as the destination's key.
    private func loadKey(_ kid: String, destination: String) async throws {
        if known.withLock({ $0.contains(kid) }) { return }
        let data = try await client.jwks()
        if let jwks = try? JSONDecoder().decode(JWKS.self, from: data) {
            for key in jwks.keys {
                guard let id = key.keyIdentifier, (try? await collection.add(jwk: key)) != nil else { continue }
                known.withLock { _ = $0.insert(id.string) }
            }
            if known.withLock({ $0.contains(kid) }) { return }
        }
        let key = try await client.key(of: destination, kid: kid)
        guard let jwk = try? JSONDecoder().decode(JWK.self, from: key.publicKey.jsonData) else { throw Rejection.unknownKey(String(kid.prefix(64))) }
        do {
            try await collection.add(jwk: jwk)
        } catch {
            throw Rejection.unknownKey(String(kid.prefix(64)))
        }
        known.withLock { _ = $0.insert(kid) }
    }
}
