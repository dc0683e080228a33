import Foundation
import PortalCore
import PortalFIM
import Testing

@Suite("XDatenfelder inspection")
struct XDFInspectorTests {
    static let xdf3 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <x:xdatenfelder.stammdatenschema.0102 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0">
          <x:header><x:nachrichtID>t</x:nachrichtID></x:header>
          <x:stammdatenschema>
            <x:identifikation><x:id>S99000000001</x:id><x:version>1.2.0</x:version></x:identifikation>
            <x:name>Anzeige einer Brunnenbohrung</x:name>
            <x:regel><x:identifikation><x:id>R99000000001</x:id></x:identifikation><x:freitextRegel>Wenn …</x:freitextRegel></x:regel>
            <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeldgruppe>
              <x:identifikation><x:id>G60000000086</x:id><x:version>1.0.0</x:version></x:identifikation><x:name>Anschrift</x:name>
              <x:struktur><x:anzahl>1:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F60000000243</x:id></x:identifikation><x:name>Straße</x:name>
              </x:datenfeld></x:enthaelt></x:struktur>
              <x:struktur><x:anzahl>0:1</x:anzahl><x:enthaelt><x:datenfeld>
                <x:identifikation><x:id>F60000000244</x:id></x:identifikation><x:name>Staat</x:name>
                <x:codelisteReferenz><x:canonicalIdentification>urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat</x:canonicalIdentification></x:codelisteReferenz>
              </x:datenfeld></x:enthaelt></x:struktur>
            </x:datenfeldgruppe></x:enthaelt></x:struktur>
          </x:stammdatenschema>
        </x:xdatenfelder.stammdatenschema.0102>
        """

    static let xdf2 = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <xdf:xdatenfelder.stammdatenschema.0102 xmlns:xdf="urn:xoev-de:fim:standard:xdatenfelder_2">
          <xdf:stammdatenschema>
            <xdf:identifikation><xdf:id>S99000001</xdf:id><xdf:version>1.0</xdf:version></xdf:identifikation>
            <xdf:name>Gewerbe\u{E4}nderung</xdf:name>
            <xdf:struktur><xdf:enthaelt><xdf:datenfeld><xdf:identifikation><xdf:id>F99000001</xdf:id></xdf:identifikation></xdf:datenfeld></xdf:enthaelt></xdf:struktur>
          </xdf:stammdatenschema>
        </xdf:xdatenfelder.stammdatenschema.0102>
        """

    @Test("An xdf3 schema is summarised: identity, counts, code lists and warnings")
    func xdf3Summary() throws {
        let summary = try XDFInspector.inspect(Data(Self.xdf3.utf8))
        #expect(summary.standard == .xdf3)
        #expect(summary.id == "S99000000001")
        #expect(summary.version == "1.2.0")
        #expect(summary.name == "Anzeige einer Brunnenbohrung")
        #expect(summary.fields == 2)
        #expect(summary.groups == 1)
        #expect(summary.rules == 1)
        #expect(summary.codeLists == ["urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:staat"])
        #expect(summary.warnings.count == 2)
        #expect(
            summary.json.jsonText.hasPrefix(
                #"{"standard":"xdf3","id":"S99000000001","version":"1.2.0","name":"Anzeige einer Brunnenbohrung","fields":2,"groups":1,"rules":1,"codeLists":["#
            ))
    }

    @Test("An xdf2 schema in Latin-1 is read with its umlauts")
    func xdf2Latin1() throws {
        let data = try #require(Self.xdf2.data(using: .isoLatin1))
        let summary = try XDFInspector.inspect(data)
        #expect(summary.standard == .xdf2)
        #expect(summary.id == "S99000001")
        #expect(summary.name == "Gewerbeänderung")
        #expect(summary.fields == 1)
        #expect(summary.warnings.isEmpty)
    }

    @Test(
        "Files that are not XDatenfelder get a clear error",
        arguments: [
            ("", "leer"),
            ("kein xml", "wohlgeformt"),
            ("<a><b></a>", "kein XDatenfelder"),
            (
                #"<x:xdatenfelder.stammdatenschema.0102 xmlns:x="urn:xoev-de:fim:standard:xdatenfelder_3.0.0"><x:stammdatenschema></x:xdatenfelder.stammdatenschema.0102>"#,
                "wohlgeformt"
            ),
            (#"<root xmlns="urn:example"/>"#, "Namensraum"),
            (#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><lolz>&lol2;</lolz>"#, "DTD"),
            // UTF-7 writes "<!DOCTYPE" as "+ADw-!DOCTYPE", past any byte check.
            (
                #"<?xml version="1.0" encoding="UTF-7"?>+ADw-!DOCTYPE lolz +AFs-+ADw-!ENTITY lol +ACI-lol+ACI-+AD4-+AF0-+AD4-<lolz/>"#,
                "Zeichenkodierung „UTF-7“"
            ),
            (#"<?xml version='1.0' encoding = 'ebcdic-cp-us'?><a/>"#, "Zeichenkodierung"),
            (#"<?xml version="1.0" encoding="UTF-16"?><a/>"#, "Zeichenkodierung"),
        ])
    func refuses(text: String, reason: String) {
        do {
            _ = try XDFInspector.inspect(Data(text.utf8))
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.message.contains(reason), "\(error.message)")
        }
    }

    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../shared/fim/schemas").standardized

    static var corpusFiles: [String] {
        let enumerator = FileManager.default.enumerator(atPath: corpus.path)
        return (enumerator?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".xml") }.sorted()
    }

    @Test(
        "Every real FIM schema in ../shared/fim/schemas is readable",
        .enabled(if: FileManager.default.fileExists(atPath: corpus.path), "../shared/fim/schemas is absent: the corpus test needs the shared folder"))
    func corpusSchemas() throws {
        let files = Self.corpusFiles
        #expect(files.count >= 23, "expected the 23 sample schemas, found \(files.count)")
        var table = ["schema | standard | fields | groups | rules | code lists | warnings"]
        for file in files {
            do {
                let summary = try XDFInspector.inspect(fileAt: Self.corpus.appendingPathComponent(file).path)
                #expect(summary.id != nil, "\(file) has an id")
                #expect(summary.fields > 0, "\(file) has fields")
                table.append(
                    "\(file) | \(summary.standard.rawValue) | \(summary.fields) | \(summary.groups) | \(summary.rules) | \(summary.codeLists.count) | \(summary.warnings.count)"
                )
            } catch {
                Issue.record("\(file): \(error.message)")
            }
        }
        print(table.joined(separator: "\n"))
    }
}
