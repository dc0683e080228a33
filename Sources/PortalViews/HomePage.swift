/// The start page: what the portal is, a search, topics and the most used services. With a
/// query it lists the matching services instead.
public enum HomePage {
    public struct ServiceLink: Sendable {
        public var title: String
        public var summary: String
        public var path: String

        public init(title: String, summary: String, path: String) {
            self.title = title
            self.summary = summary
            self.path = path
        }
    }

    public struct Category: Sendable {
        public var name: String
        public var services: [ServiceLink]

        public init(name: String, services: [ServiceLink]) {
            self.name = name
            self.services = services
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var searchAction: String
        public var query: String?
        /// Matches for `query`; ignored without a query.
        public var results: [ServiceLink]
        public var mostUsed: [ServiceLink]
        public var categories: [Category]

        public init(shell: PageShell, searchAction: String, query: String?, results: [ServiceLink], mostUsed: [ServiceLink], categories: [Category]) {
            self.shell = shell
            self.searchAction = searchAction
            self.query = query
            self.results = results
            self.mostUsed = mostUsed
            self.categories = categories
        }
    }

    static func list(_ links: [ServiceLink]) -> HTML {
        let items = links.map { link -> HTML in
            "<li><a href=\"\(link.path)\">\(link.title)</a><p>\(link.summary)</p></li>"
        }
        return "<ul class=\"service-list\">\n\(HTML(items, separator: "\n"))\n</ul>"
    }

    public static func render(_ model: Model) -> HTML {
        let text = model.shell.strings
        let search = GetForm(
            action: model.searchAction, class: "search", isSearch: true,
            content: """
                <label class="label" for="suche">\(text.searchLabel)</label>
                <p class="hint" id="suche-hinweis">\(text.searchHint)</p>
                <div class="search-row">
                \(TextInput(id: "suche", name: "q", value: model.query ?? "", type: .search, describedBy: "suche-hinweis"))
                <button class="button" type="submit">\(text.searchButton)</button>
                </div>
                """)
        let body: HTML
        if let query = model.query {
            body = """
                <h2>\(text.resultsFor(query))</h2>
                \(model.results.isEmpty ? "<p>\(text.noResults)</p>" : list(model.results))
                """
        } else {
            let topics = model.categories.map { category -> HTML in
                "<h3>\(category.name)</h3>\n\(list(category.services))"
            }
            body = """
                <h2>\(text.mostUsed)</h2>
                \(list(model.mostUsed))
                <h2>\(text.categories)</h2>
                \(HTML(topics, separator: "\n"))
                """
        }
        return Layout.render(
            model.shell,
            main: """
                <h1>\(model.shell.portalName)</h1>
                <p class="lead">\(text.intro)</p>
                \(search)
                \(body)
                """)
    }
}
