/// Finds markup printed as text: what a `String` interpolated where `HTML` was meant looks like.
public enum MarkupAsText {
    static let signs = ["&lt;div", "&lt;p", "&lt;input", "&lt;label", "&lt;form", "&lt;a ", "&lt;span", "&lt;button", "&lt;li", "&lt;ul", "class=&quot;"]

    public static func find(in page: String) -> [String] {
        signs.filter { page.contains($0) }
    }
}
