import Foundation
import HummingbirdBcrypt
import PortalCore
import PortalWeb

/// Administrative actions behind the CLI's `apikey` and `user` commands.
extension Portal {
    /// Creates an API key for the org unit and returns its secret, which is shown once and never stored.
    public func createAPIKey(
        orgUnitSlug: String, name: String, scopes: Set<APIKey.Scope> = Set(APIKey.Scope.allCases), now: Date = Date()
    ) async throws -> APIKeySecret {
        guard let unit = try await staff.orgUnit(slug: orgUnitSlug) else {
            throw AdministrationError("Die Organisationseinheit „\(orgUnitSlug)“ gibt es nicht.")
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard (1...200).contains(trimmed.count) else { throw AdministrationError("Der Name des Schlüssels muss 1 bis 200 Zeichen lang sein.") }
        guard !scopes.isEmpty else { throw AdministrationError("Ein Schlüssel braucht mindestens eine Berechtigung (--scope).") }
        let secret = APIKeySecret.generate()
        let key = APIKey(id: IDGenerator.random(), orgUnitID: unit.id, name: trimmed, secretHash: secret.hash, createdAt: now, scopes: scopes)
        try await apiKeys.save(key)
        try await audit.record(AuditEvent(id: IDGenerator.random(), actor: "system", action: .apiKeyCreated, target: "apikey:\(key.id)", at: now))
        return secret
    }

    /// Every key with its org unit's short name, newest first (revoked ones too).
    public func apiKeysWithUnits() async throws -> [(key: APIKey, unit: String)] {
        var slugs: [OrgUnit.ID: String] = [:]
        var result: [(APIKey, String)] = []
        for key in try await apiKeys.keys() {
            if slugs[key.orgUnitID] == nil { slugs[key.orgUnitID] = try await staff.orgUnit(id: key.orgUnitID)?.slug ?? "?" }
            result.append((key, slugs[key.orgUnitID] ?? "?"))
        }
        return result
    }

    /// Revokes a key: every instance refuses it with the next request.
    public func revokeAPIKey(id text: String, now: Date = Date()) async throws {
        guard let id = APIKey.ID(string: text) else { throw AdministrationError("„\(text)“ ist keine Kennung eines API-Schlüssels.") }
        guard try await apiKeys.revoke(id, at: now) else { throw AdministrationError("Einen gültigen API-Schlüssel \(text) gibt es nicht.") }
        try await audit.record(AuditEvent(id: IDGenerator.random(), actor: "system", action: .apiKeyRevoked, target: "apikey:\(id)", at: now))
    }

    /// The record of processing activities for a service (Art. 30 GDPR), from its privacy statement.
    public func processingRecord(serviceSlug: String) async throws -> ProcessingRecord {
        guard let service = try await catalog.service(slug: serviceSlug) else {
            throw AdministrationError("Die Leistung „\(serviceSlug)“ gibt es nicht.")
        }
        let unit = try await staff.orgUnit(id: service.orgUnitID)?.name ?? ""
        return ProcessingRecord(service: service, orgUnit: unit)
    }

    /// Creates an org unit (an office that offers services and whose staff see its submissions).
    public func createOrgUnit(slug: String, name: String, requiresApproval: Bool = true) async throws -> OrgUnit {
        guard (2...100).contains(slug.count), slug.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }) else {
            throw AdministrationError("Der Kurzname „\(slug)“ muss 2 bis 100 Zeichen lang sein: Kleinbuchstaben, Ziffern und Bindestriche.")
        }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard (1...200).contains(trimmed.count) else { throw AdministrationError("Der Name muss 1 bis 200 Zeichen lang sein.") }
        guard try await staff.orgUnit(slug: slug) == nil else { throw AdministrationError("Die Organisationseinheit „\(slug)“ gibt es schon.") }
        let unit = OrgUnit(id: IDGenerator.random(), slug: slug, name: trimmed, requiresApproval: requiresApproval)
        try await staff.save(unit)
        return unit
    }

    /// Creates a staff account; the password is stored as a bcrypt hash.
    public func createStaffUser(username: String, displayName: String, password: String, roles: Set<StaffRole>, orgUnitSlugs: [String], email: String? = nil)
        async throws
    {
        let email = email?.trimmingCharacters(in: .whitespaces)
        if let email, !email.isEmpty, !Mail.isPlausibleAddress(email) {
            throw AdministrationError("Die E-Mail-Adresse „\(email)“ ist ungültig.")
        }
        let login = username.trimmingCharacters(in: .whitespaces).lowercased()
        guard (3...100).contains(login.count), login.allSatisfy({ $0.isLetter || $0.isNumber || "._-@".contains($0) }) else {
            throw AdministrationError("Der Benutzername muss 3 bis 100 Zeichen lang sein und darf nur Buchstaben, Ziffern und . _ - @ enthalten.")
        }
        // Length over complexity, as BSI and NIST advise; bcrypt reads at most 72 bytes.
        guard password.count >= 12, password.utf8.count <= 72 else {
            throw AdministrationError("Das Passwort muss mindestens 12 Zeichen und darf höchstens 72 Byte lang sein.")
        }
        guard try await staff.user(username: login) == nil else {
            throw AdministrationError("Den Benutzernamen „\(login)“ gibt es schon.")
        }
        var units: Set<OrgUnit.ID> = []
        for slug in orgUnitSlugs {
            guard let unit = try await staff.orgUnit(slug: slug) else { throw AdministrationError("Die Organisationseinheit „\(slug)“ gibt es nicht.") }
            units.insert(unit.id)
        }
        try await staff.save(
            StaffUser(
                id: IDGenerator.random(), username: login, displayName: displayName,
                passwordHash: Bcrypt.hash(password, cost: 12), roles: roles, orgUnitIDs: units, email: email?.isEmpty == false ? email : nil
            ))
    }
}

extension Portal {
    /// Deactivates a staff account and ends its sessions at once; its name stays in the audit trail.
    public func deactivateStaffUser(username: String, now: Date = Date()) async throws {
        guard let user = try await staff.user(username: username.trimmingCharacters(in: .whitespaces).lowercased()) else {
            throw AdministrationError("Den Benutzernamen „\(username)“ gibt es nicht.")
        }
        _ = try await staff.deactivate(user.id, at: now)
        try await sessions.deleteAll(owner: SessionOwner.staff(user.id).rawValue)
    }
}

/// An administrative command that cannot be carried out, with the reason in German.
public struct AdministrationError: Error, CustomStringConvertible, Sendable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
