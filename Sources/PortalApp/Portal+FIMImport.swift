import Foundation
import PortalCore
import PortalFIM

/// `serviceportal xdf import`: a FIM Stammdatenschema becomes a draft form version of a service.
extension Portal {
    public struct FIMImportResult: Sendable {
        public var result: XDFImport
        public var draft: FormDraft
        public var service: Service
        /// Whether the service was created (as an unpublished draft) by this import.
        public var createdService: Bool
    }

    /// Reads the file (and the code lists), maps it, and stores the draft together with a new
    /// service when the slug is new, in one transaction. Any failure leaves the database unchanged.
    public func importXDF(
        file: String, serviceSlug: String, codeListDirectory: String? = nil, orgUnitSlug: String? = nil,
        now: Date = Date(), progress: ((Int, Int) -> Void)? = nil
    ) async throws -> FIMImportResult {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file), let size = attributes[.size] as? Int else {
            throw AdministrationError("Die Datei „\(file)“ kann nicht gelesen werden.")
        }
        guard size <= XDFInspector.maxBytes else { throw AdministrationError("Die Datei ist mit \(size / 1_048_576) MB zu groß.") }
        guard let data = FileManager.default.contents(atPath: file) else { throw AdministrationError("Die Datei „\(file)“ kann nicht gelesen werden.") }
        var lists: [String: CodeList] = [:]
        var listProblems: [String] = []
        if let codeListDirectory {
            do {
                (lists, listProblems) = try CodeList.load(directory: codeListDirectory)
            } catch {
                throw AdministrationError(error.message)
            }
        }
        var result: XDFImport
        do {
            result = try XDFImporter(codeLists: lists).importSchema(data, progress: progress)
        } catch {
            throw AdministrationError(error.message)
        }
        result.warnings = listProblems + result.warnings

        var service: Service
        var created = false
        if let existing = try await catalog.service(slug: serviceSlug) {
            service = existing
        } else {
            guard Service.isValidSlug(serviceSlug) else {
                throw AdministrationError("Der Kurzname „\(serviceSlug)“ muss 3 bis 100 Zeichen lang sein: Kleinbuchstaben, Ziffern und Bindestriche.")
            }
            let unit = try await importOrgUnit(orgUnitSlug, for: serviceSlug)
            service = Service.newDraft(id: IDGenerator.random(), slug: serviceSlug, title: result.title, orgUnit: unit)
            created = true
        }
        let draft = FormDraft(
            id: IDGenerator.random(), serviceID: service.id, schema: result.schema,
            source: "FIM \(result.id) \(result.version ?? "")".trimmingCharacters(in: .whitespaces),
            notes: result.notes, warnings: result.warnings, createdAt: now
        )
        try await catalog.saveDraft(draft, creating: created ? service : nil)
        return FIMImportResult(result: result, draft: draft, service: service, createdService: created)
    }

    private func importOrgUnit(_ slug: String?, for service: String) async throws -> OrgUnit {
        if let slug {
            guard let unit = try await staff.orgUnit(slug: slug) else { throw AdministrationError("Die Organisationseinheit „\(slug)“ gibt es nicht.") }
            return unit
        }
        let units = try await staff.orgUnits()
        if units.count == 1 { return units[0] }
        let names = units.map(\.slug).sorted().joined(separator: ", ")
        throw AdministrationError(
            "Die Leistung „\(service)“ ist neu; bitte geben Sie mit --org-unit an, wer sie anbietet\(names.isEmpty ? " (es gibt noch keine Organisationseinheit)" : " (\(names))")."
        )
    }
}
