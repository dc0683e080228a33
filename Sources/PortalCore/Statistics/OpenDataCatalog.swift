import Foundation

/// The DCAT-AP.de description of the portal's open data (`/opendata/catalog.ttl` and `.jsonld`), so
/// open-data portals such as GovData can harvest it: a catalogue with two datasets (satisfaction,
/// usage), each with its CSV and JSON distribution, the licence, the publisher, the update
/// frequency and the months covered.
public struct OpenDataCatalog: Sendable {
    public struct Dataset: Sendable {
        public var name: String
        public var title: String
        public var description: String
    }

    public var baseURL: String
    public var portalName: String
    public var publisher: String
    /// A licence of the DCAT-AP.de vocabulary, e.g. `http://dcat-ap.de/def/licenses/dl-by-de/2.0`.
    public var licence: String
    public var firstMonth: OpenDataFigures.Month
    public var lastMonth: OpenDataFigures.Month
    public var modified: Date

    public init(
        baseURL: String, portalName: String, publisher: String, licence: String, firstMonth: OpenDataFigures.Month, lastMonth: OpenDataFigures.Month,
        modified: Date
    ) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.portalName = portalName
        self.publisher = publisher
        self.licence = licence
        self.firstMonth = firstMonth
        self.lastMonth = lastMonth
        self.modified = modified
    }

    /// „Datenlizenz Deutschland – Namensnennung – Version 2.0“.
    public static let defaultLicence = "http://dcat-ap.de/def/licenses/dl-by-de/2.0"

    public static let datasets = [
        Dataset(
            name: "satisfaction", title: "Zufriedenheit mit den Online-Diensten",
            description:
                "Bewertungen der Online-Dienste (1 bis 5 Sterne) je Leistung und Monat: Anzahl, Verteilung, Durchschnitt. Kleine Anzahlen sind ausgelassen."),
        Dataset(
            name: "usage", title: "Nutzung der Online-Dienste",
            description:
                "Begonnene und eingereichte Online-Anträge, Abschlussquote und mittlere Bearbeitungsdauer je Leistung und Monat. Kleine Anzahlen sind ausgelassen."
        ),
    ]

    var catalogURI: String { baseURL + "/opendata/catalog" }
    var publisherURI: String { baseURL + "/opendata/catalog#herausgeber" }
    static let frequency = "http://publications.europa.eu/resource/authority/frequency/DAILY"
    static let theme = "http://publications.europa.eu/resource/authority/data-theme/GOVE"
    static let language = "http://publications.europa.eu/resource/authority/language/DEU"
    static let formats = [("csv", "CSV", "text/csv"), ("json", "JSON", "application/json")]

    func startDate() -> String { String(format: "%04d-%02d-01", firstMonth.year, firstMonth.month) }

    func endDate() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let first = calendar.date(from: DateComponents(year: lastMonth.year, month: lastMonth.month, day: 1)) ?? Date(timeIntervalSince1970: 0)
        let last = calendar.date(byAdding: DateComponents(month: 1, day: -1), to: first) ?? first
        let parts = calendar.dateComponents([.year, .month, .day], from: last)
        return String(format: "%04d-%02d-%02d", parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    var modifiedText: String { modified.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)) }

    /// Turtle (RDF 1.1).
    public var turtle: String {
        var lines = [
            "@prefix dcat: <http://www.w3.org/ns/dcat#> .", "@prefix dct: <http://purl.org/dc/terms/> .",
            "@prefix dcatde: <http://dcat-ap.de/def/dcatde/> .", "@prefix foaf: <http://xmlns.com/foaf/0.1/> .",
            "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .", "",
            "<\(catalogURI)> a dcat:Catalog ;",
            "    dct:title \(Self.literal("Offene Daten: \(portalName)")) ;",
            "    dct:description \(Self.literal("Zufriedenheit mit und Nutzung der Online-Dienste von \(publisher)")) ;",
            "    dct:publisher <\(publisherURI)> ;",
            "    dct:language <\(Self.language)> ;",
            "    foaf:homepage <\(baseURL)/opendata> ;",
            "    dct:modified \"\(modifiedText)\"^^xsd:dateTime ;",
            "    dcat:dataset \(Self.datasets.map { "<\(baseURL)/opendata/\($0.name)>" }.joined(separator: ", ")) .", "",
            "<\(publisherURI)> a foaf:Organization ;", "    foaf:name \(Self.literal(publisher)) .", "",
        ]
        for dataset in Self.datasets {
            let uri = "\(baseURL)/opendata/\(dataset.name)"
            lines += [
                "<\(uri)> a dcat:Dataset ;",
                "    dct:title \(Self.literal(dataset.title)) ;",
                "    dct:description \(Self.literal(dataset.description)) ;",
                "    dct:publisher <\(publisherURI)> ;",
                "    dct:accrualPeriodicity <\(Self.frequency)> ;",
                "    dcat:theme <\(Self.theme)> ;",
                "    dct:modified \"\(modifiedText)\"^^xsd:dateTime ;",
                "    dct:temporal [ a dct:PeriodOfTime ; dcat:startDate \"\(startDate())\"^^xsd:date ; dcat:endDate \"\(endDate())\"^^xsd:date ] ;",
                "    dcat:distribution \(Self.formats.map { "<\(uri).\($0.0)>" }.joined(separator: ", ")) .", "",
            ]
            for (suffix, format, mediaType) in Self.formats {
                lines += [
                    "<\(uri).\(suffix)> a dcat:Distribution ;",
                    "    dct:title \(Self.literal("\(dataset.title) (\(format))")) ;",
                    "    dcat:accessURL <\(uri).\(suffix)> ;", "    dcat:downloadURL <\(uri).\(suffix)> ;",
                    "    dct:format <http://publications.europa.eu/resource/authority/file-type/\(format)> ;",
                    "    dcat:mediaType <https://www.iana.org/assignments/media-types/\(mediaType)> ;",
                    "    dct:license <\(licence)> ;",
                    "    dcatde:licenseAttributionByText \(Self.literal(publisher)) .", "",
                ]
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A German string literal in Turtle, escaped.
    static func literal(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            default: escaped.append(character)
            }
        }
        return "\"\(escaped)\"@de"
    }

    /// The same graph as JSON-LD.
    public var jsonLD: JSONValue {
        func object(_ members: [(String, JSONValue)]) -> JSONValue { .object(members.map { JSONValue.Member($0.0, $0.1) }) }
        func id(_ uri: String) -> JSONValue { object([("@id", .string(uri))]) }
        func german(_ text: String) -> JSONValue { object([("@value", .string(text)), ("@language", .string("de"))]) }
        func typed(_ value: String, _ type: String) -> JSONValue { object([("@value", .string(value)), ("@type", .string(type))]) }
        let context = object([
            ("dcat", .string("http://www.w3.org/ns/dcat#")), ("dct", .string("http://purl.org/dc/terms/")),
            ("dcatde", .string("http://dcat-ap.de/def/dcatde/")), ("foaf", .string("http://xmlns.com/foaf/0.1/")),
            ("xsd", .string("http://www.w3.org/2001/XMLSchema#")),
        ])
        var graph: [JSONValue] = [
            object([
                ("@id", .string(catalogURI)), ("@type", .string("dcat:Catalog")), ("dct:title", german("Offene Daten: \(portalName)")),
                ("dct:description", german("Zufriedenheit mit und Nutzung der Online-Dienste von \(publisher)")), ("dct:publisher", id(publisherURI)),
                ("dct:language", id(Self.language)), ("foaf:homepage", id("\(baseURL)/opendata")),
                ("dct:modified", typed(modifiedText, "xsd:dateTime")),
                ("dcat:dataset", .array(Self.datasets.map { id("\(baseURL)/opendata/\($0.name)") })),
            ]),
            object([("@id", .string(publisherURI)), ("@type", .string("foaf:Organization")), ("foaf:name", german(publisher))]),
        ]
        for dataset in Self.datasets {
            let uri = "\(baseURL)/opendata/\(dataset.name)"
            graph.append(
                object([
                    ("@id", .string(uri)), ("@type", .string("dcat:Dataset")), ("dct:title", german(dataset.title)),
                    ("dct:description", german(dataset.description)), ("dct:publisher", id(publisherURI)),
                    ("dct:accrualPeriodicity", id(Self.frequency)), ("dcat:theme", id(Self.theme)), ("dct:modified", typed(modifiedText, "xsd:dateTime")),
                    (
                        "dct:temporal",
                        object([
                            ("@type", .string("dct:PeriodOfTime")), ("dcat:startDate", typed(startDate(), "xsd:date")),
                            ("dcat:endDate", typed(endDate(), "xsd:date")),
                        ])
                    ),
                    ("dcat:distribution", .array(Self.formats.map { id("\(uri).\($0.0)") })),
                ]))
            for (suffix, format, mediaType) in Self.formats {
                graph.append(
                    object([
                        ("@id", .string("\(uri).\(suffix)")), ("@type", .string("dcat:Distribution")), ("dct:title", german("\(dataset.title) (\(format))")),
                        ("dcat:accessURL", id("\(uri).\(suffix)")), ("dcat:downloadURL", id("\(uri).\(suffix)")),
                        ("dct:format", id("http://publications.europa.eu/resource/authority/file-type/\(format)")),
                        ("dcat:mediaType", id("https://www.iana.org/assignments/media-types/\(mediaType)")), ("dct:license", id(licence)),
                        ("dcatde:licenseAttributionByText", german(publisher)),
                    ]))
            }
        }
        return object([("@context", context), ("@graph", .array(graph))])
    }
}
