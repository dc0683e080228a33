import Foundation

/// Which directory groups (values of a configured claim such as `groups` or `realm_access.roles`)
/// give which of the portal's roles: `STAFF_OIDC_ROLES="bauamt-sb=caseWorker, portal-admins=admin"`.
public struct DirectoryRoleMapping: Hashable, Sendable {
    /// The claim's name; a dotted name reads into nested objects (Keycloak's `realm_access.roles`).
    public var claim: String
    public var roles: [String: Set<StaffRole>]

    public init(claim: String, roles: [String: Set<StaffRole>]) {
        self.claim = claim
        self.roles = roles
    }

    public enum ParseError: Error, Equatable, Sendable {
        /// An entry without `=`, or with an empty group.
        case malformed(String)
        case unknownRole(String)
    }

    /// Reads `group=role` pairs separated by commas or semicolons; a group may give several roles.
    public static func parse(claim: String, _ text: String) throws(ParseError) -> DirectoryRoleMapping {
        var roles: [String: Set<StaffRole>] = [:]
        for entry in text.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let parts = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty else { throw .malformed(entry.trimmingCharacters(in: .whitespaces)) }
            guard let role = StaffRole(rawValue: parts[1]) else { throw .unknownRole(parts[1]) }
            roles[parts[0], default: []].insert(role)
        }
        return DirectoryRoleMapping(claim: claim, roles: roles)
    }

    /// The roles the person's groups give; groups the mapping does not name give nothing.
    public func roles(for values: [String]) -> Set<StaffRole> {
        values.reduce(into: []) { result, value in result.formUnion(roles[value] ?? []) }
    }
}
