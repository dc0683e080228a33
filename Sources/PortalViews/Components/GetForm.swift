/// A form that only reads, such as a search or a filter: its values end up in the address.
public struct GetForm: HTMLComponent {
    public var action: String
    public var cssClass: String
    public var isSearch: Bool
    public var content: HTML

    public init(action: String, class cssClass: String, isSearch: Bool = false, content: HTML) {
        self.action = action
        self.cssClass = cssClass
        self.isSearch = isSearch
        self.content = content
    }

    public var html: HTML {
        """
        <form method="get" action="\(action)"\(attribute: "role", isSearch ? "search" : nil) class="\(cssClass)">
        \(content)
        </form>
        """
    }
}
