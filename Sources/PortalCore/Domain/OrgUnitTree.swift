import Foundation

/// The org units as a tree: the order to show them in (each under its parent, by name) and the
/// checks on a new or changed unit.
public struct OrgUnitTree: Sendable {
    public var units: [OrgUnit]
    static let german = Locale(identifier: "de_DE")

    public init(units: [OrgUnit]) {
        self.units = units
    }

    /// Why a unit cannot be saved as entered.
    public enum Problem: Error, Hashable, Sendable {
        case nameMissing
        case slugInvalid
        case slugTaken
        case unknownParent
        /// The parent would be the unit itself or one of the units below it.
        case parentBelowItself
        case mailboxInvalid
    }

    /// Every unit with its depth, parents before children, siblings by name.
    public var ordered: [(unit: OrgUnit, depth: Int)] {
        let ids = Set(units.map(\.id))
        var children: [OrgUnit.ID?: [OrgUnit]] = [:]
        for unit in units {
            // A parent that no longer exists puts the unit at the top rather than hiding it.
            let parent = unit.parentID.flatMap { ids.contains($0) ? $0 : nil }
            children[parent, default: []].append(unit)
        }
        var result: [(OrgUnit, Int)] = []
        var seen: Set<OrgUnit.ID> = []
        func visit(_ parent: OrgUnit.ID?, depth: Int) {
            let siblings = (children[parent] ?? []).sorted {
                $0.name.compare($1.name, options: [.caseInsensitive, .diacriticInsensitive], locale: Self.german) == .orderedAscending
            }
            for unit in siblings where !seen.contains(unit.id) {
                seen.insert(unit.id)
                result.append((unit, depth))
                visit(unit.id, depth: depth + 1)
            }
        }
        visit(nil, depth: 0)
        return result
    }

    /// The units below `id`, at any depth.
    public func descendants(of id: OrgUnit.ID) -> Set<OrgUnit.ID> {
        var found: Set<OrgUnit.ID> = []
        var frontier = [id]
        while let next = frontier.popLast() {
            for unit in units where unit.parentID == next && !found.contains(unit.id) {
                found.insert(unit.id)
                frontier.append(unit.id)
            }
        }
        return found
    }

    /// Short names: lower-case letters, digits and hyphens, 2 to 60 characters.
    public static func isValidSlug(_ slug: String) -> Bool {
        (2...60).contains(slug.count) && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The problems of `unit` (new, or a changed version of a stored one).
    public func check(_ unit: OrgUnit) -> [Problem] {
        var problems: [Problem] = []
        if unit.name.isEmpty { problems.append(.nameMissing) }
        if !Self.isValidSlug(unit.slug) {
            problems.append(.slugInvalid)
        } else if units.contains(where: { $0.slug == unit.slug && $0.id != unit.id }) {
            problems.append(.slugTaken)
        }
        if let parent = unit.parentID {
            if !units.contains(where: { $0.id == parent }) {
                problems.append(.unknownParent)
            } else if parent == unit.id || descendants(of: unit.id).contains(parent) {
                problems.append(.parentBelowItself)
            }
        }
        if let mailbox = unit.mailbox, !Mail.isPlausibleAddress(mailbox) { problems.append(.mailboxInvalid) }
        return problems
    }
}
