import PortalCore

/// The input names a page's fields take: `key`, `key.part` for addresses and locations, and
/// `key.N.field` for entries of repeatable groups. Anything else posted is refused.
struct InputNames {
    private var exact: Set<String> = []
    private var groups: [String: (repetition: Repetition, inner: InputNames)] = [:]

    init(_ fields: [FormField]) {
        for field in fields {
            switch field.kind {
            case .group:
                if let repetition = field.repetition {
                    groups[field.key] = (repetition, InputNames(field.fields))
                } else {
                    let inner = InputNames(field.fields)
                    exact.formUnion(inner.exact)
                    groups.merge(inner.groups) { first, _ in first }
                }
            case .postalAddress:
                exact.formUnion(PostalAddress.Part.allCases.map { "\(field.key).\($0.rawValue)" })
            case .location:
                exact.formUnion(PostalAddress.Part.allCases.map { "\(field.key).\($0.rawValue)" } + ["\(field.key).latitude", "\(field.key).longitude"])
            default:
                if field.kind.takesInput { exact.insert(field.key) }
            }
        }
    }

    func accepts(_ name: String) -> Bool {
        if exact.contains(name) { return true }
        guard let dot = name.firstIndex(of: "."), let (repetition, inner) = groups[String(name[..<dot])] else { return false }
        let rest = name[name.index(after: dot)...]
        guard let second = rest.firstIndex(of: "."), rest.first != "0", rest[..<second].allSatisfy({ $0.isASCII && $0.isNumber }),
            let number = Int(rest[..<second]), number >= 1, number <= repetition.max
        else { return false }
        return inner.accepts(String(rest[rest.index(after: second)...]))
    }

    /// The repeatable group with this name, if the page has one.
    func repetition(of name: String) -> Repetition? {
        groups[name]?.repetition
    }
}
