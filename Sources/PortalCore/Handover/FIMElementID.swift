/// The FIM ID of a form field imported from XDatenfelder. The importer names a field by the path
/// of FIM IDs that leads to it (`G60000086-F60000227`, a repeat `…-F60000227-2`), so the last ID
/// in its key is the element's own.
public enum FIMElementID {
    public static func of(key: String) -> String? {
        key.split(separator: "-").reversed().first(where: isID).map(String.init)
    }

    /// `F` or `G` and 8 to 11 digits, as in the catalogue.
    static func isID(_ part: Substring) -> Bool {
        guard let first = part.first, first == "F" || first == "G" else { return false }
        let digits = part.dropFirst()
        return (8...11).contains(digits.count) && digits.allSatisfy { $0 >= "0" && $0 <= "9" }
    }
}
