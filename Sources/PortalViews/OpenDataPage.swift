import PortalCore

/// The open data for people: what is published, the files, the catalogue for data portals.
public enum OpenDataPage {
    public struct Dataset: Sendable {
        public var title: String
        public var description: String
        public var csvPath: String
        public var jsonPath: String

        public init(title: String, description: String, csvPath: String, jsonPath: String) {
            self.title = title
            self.description = description
            self.csvPath = csvPath
            self.jsonPath = jsonPath
        }
    }

    public struct Model: Sendable {
        public var shell: PageShell
        public var datasets: [Dataset]
        public var catalogTurtlePath: String
        public var catalogJSONLDPath: String
        public var licence: String
        public var threshold: Int

        public init(shell: PageShell, datasets: [Dataset], catalogTurtlePath: String, catalogJSONLDPath: String, licence: String, threshold: Int) {
            self.shell = shell
            self.datasets = datasets
            self.catalogTurtlePath = catalogTurtlePath
            self.catalogJSONLDPath = catalogJSONLDPath
            self.licence = licence
            self.threshold = threshold
        }
    }

    public static func render(_ model: Model) -> HTML {
        let words = OpenDataText.for(model.shell.strings.language)
        let datasets = model.datasets.map { dataset -> HTML in
            """
            <h2>\(dataset.title)</h2>
            <p>\(dataset.description)</p>
            <ul>
            <li><a href="\(dataset.csvPath)">\(words.csv)<span class="visually-hidden">: \(dataset.title)</span></a></li>
            <li><a href="\(dataset.jsonPath)">\(words.json)<span class="visually-hidden">: \(dataset.title)</span></a></li>
            </ul>
            """
        }
        return Layout.render(
            model.shell,
            main: """
                <h1>\(words.heading)</h1>
                <p>\(words.intro)</p>
                <p>\(words.suppression(model.threshold))</p>
                \(HTML(datasets, separator: "\n"))
                <h2>\(words.catalogHeading)</h2>
                <p>\(words.catalogText)</p>
                <ul>
                <li><a href="\(model.catalogTurtlePath)">DCAT-AP.de (Turtle)</a></li>
                <li><a href="\(model.catalogJSONLDPath)">DCAT-AP.de (JSON-LD)</a></li>
                </ul>
                <p>\(words.licence) <a href="\(model.licence)">\(model.licence)</a></p>
                <p>\(words.documentation)</p>
                """)
    }
}
