/// The start page: what the portal is and which services can be applied for online.
public enum HomePage {
    public struct Model: Sendable {
        public struct ServiceLink: Sendable {
            public var title: String
            public var summary: String
            public var formJSONPath: String

            public init(title: String, summary: String, formJSONPath: String) {
                self.title = title
                self.summary = summary
                self.formJSONPath = formJSONPath
            }
        }

        public var portalName: String
        public var services: [ServiceLink]

        public init(portalName: String, services: [ServiceLink]) {
            self.portalName = portalName
            self.services = services
        }
    }

    public static func render(_ model: Model) -> String {
        let name = HTMLText(model.portalName)
        let items = model.services.map { service in
            """
                  <li><a href="\(HTMLText(service.formJSONPath))">\(HTMLText(service.title))</a><p>\(HTMLText(service.summary))</p></li>
            """
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="de">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Startseite – \(name)</title>
            </head>
            <body>
              <main>
                <h1>\(name)</h1>
                <p>Online-Dienste Ihrer Verwaltung. Die folgenden Leistungen können Sie online beantragen:</p>
                <ul>
            \(items)
                </ul>
              </main>
            </body>
            </html>

            """
    }
}
