import Foundation
import PortalCore

/// The demo Landkreis: three org units and four published services with realistic forms.
/// Used by `serviceportal demo` and as fixtures in tests.
public enum DemoCatalog {
    public static let waterAuthority = OrgUnit(id: id("0a000000-0000-4000-8000-000000000001"), slug: "untere-wasserbehoerde", name: "Untere Wasserbehörde")
    public static let publicOrder = OrgUnit(id: id("0a000000-0000-4000-8000-000000000002"), slug: "ordnungsamt", name: "Ordnungsamt")
    public static let buildingAuthority = OrgUnit(id: id("0a000000-0000-4000-8000-000000000003"), slug: "bauordnungsamt", name: "Bauordnungsamt")
    public static let orgUnits = [waterAuthority, publicOrder, buildingAuthority]

    public static let wellDrilling = Service(
        id: id("0b000000-0000-4000-8000-000000000001"),
        slug: "brunnenbohrung-anzeigen",
        leikaKey: nil,
        referencePrefix: "BRU",
        title: "Anzeige einer Brunnenbohrung",
        category: "Umwelt und Wasser",
        summary: "Wer auf seinem Grundstück einen Brunnen bohren lassen will, muss das vorher der Unteren Wasserbehörde anzeigen.",
        description:
            "Bohrungen in das Grundwasser, zum Beispiel für einen Gartenbrunnen, sind anzeigepflichtig. Die Untere Wasserbehörde prüft, ob an der Bohrstelle Einschränkungen bestehen, etwa in einem Wasserschutzgebiet oder bei Altlasten.",
        steps: [
            "Sie füllen die Anzeige online aus und senden sie ab.",
            "Die Untere Wasserbehörde prüft die Anzeige und meldet sich bei Rückfragen.",
            "Wenn keine Bedenken bestehen, dürfen Sie frühestens vier Wochen nach Eingang der Anzeige bohren lassen.",
        ],
        requiredDocuments: ["Lageplan mit eingezeichneter Bohrstelle (kann nachgereicht werden)"],
        feesText: "Die Anzeige ist gebührenfrei.",
        deadlines: "Die Anzeige muss mindestens vier Wochen vor Beginn der Bohrung eingehen.",
        processingTime: "In der Regel zwei bis drei Wochen.",
        legalBasis: "§ 49 Wasserhaushaltsgesetz (WHG) in Verbindung mit dem Landeswassergesetz",
        redress: "Gegen Anordnungen der Behörde ist Widerspruch innerhalb eines Monats nach Bekanntgabe möglich.",
        orgUnitID: waterAuthority.id,
        contact: Contact(
            name: "Untere Wasserbehörde", phone: "04321 000-100", email: "wasser@landkreis.example", address: "Kreishaus, Hauptstraße 1, 24534 Musterstadt",
            openingHours: "Mo–Fr 8–12 Uhr, Do 14–17 Uhr"),
        isPublished: true,
        privacy: demoPrivacy
    )

    public static let wellDrillingForm = FormSchema(steps: [
        FormStep(
            title: "Angaben zur anzeigenden Person",
            fields: [
                FormField(key: "vorname", kind: .text, label: "Vorname", constraints: .init(maxLength: 100), autocomplete: "given-name"),
                FormField(key: "nachname", kind: .text, label: "Nachname", constraints: .init(maxLength: 100), autocomplete: "family-name"),
                FormField(key: "strasse", kind: .text, label: "Straße und Hausnummer", constraints: .init(maxLength: 200), autocomplete: "address-line1"),
                FormField(
                    key: "plz", kind: .text, label: "Postleitzahl", hint: "Fünf Ziffern, zum Beispiel 24534.", constraints: .init(pattern: "[0-9]{5}"),
                    autocomplete: "postal-code"),
                FormField(key: "ort", kind: .text, label: "Ort", constraints: .init(maxLength: 100), autocomplete: "address-level2"),
                FormField(
                    key: "email", kind: .email, label: "E-Mail-Adresse", hint: "An diese Adresse schicken wir die Eingangsbestätigung.", autocomplete: "email"),
                FormField(
                    key: "telefon", kind: .phone, label: "Telefonnummer", hint: "Für Rückfragen. Freiwillige Angabe.", isRequired: false, autocomplete: "tel"),
            ]),
        FormStep(
            title: "Bohrstelle",
            fields: [
                FormField(key: "bohrstelle_strasse", kind: .text, label: "Straße und Hausnummer der Bohrstelle", constraints: .init(maxLength: 200)),
                FormField(
                    key: "bohrstelle_plz", kind: .text, label: "Postleitzahl der Bohrstelle", hint: "Fünf Ziffern, zum Beispiel 24534.",
                    constraints: .init(pattern: "[0-9]{5}")),
                FormField(key: "bohrstelle_ort", kind: .text, label: "Ort der Bohrstelle", constraints: .init(maxLength: 100)),
                FormField(
                    key: "gemarkung", kind: .text, label: "Gemarkung", hint: "Steht im Grundbuchauszug oder auf dem Grundsteuerbescheid.",
                    constraints: .init(maxLength: 100)),
                FormField(key: "flur", kind: .text, label: "Flur", hint: "Nur Ziffern, zum Beispiel 3.", constraints: .init(pattern: "[0-9]{1,4}")),
                FormField(
                    key: "flurstueck", kind: .text, label: "Flurstück", hint: "Zum Beispiel 123 oder 123/4.",
                    constraints: .init(pattern: "[0-9]{1,5}(/[0-9]{1,4})?")),
                FormField(
                    key: "lageplan", kind: .file, label: "Lageplan mit eingezeichneter Bohrstelle",
                    hint: "PDF, JPEG oder PNG bis 10 MB. Sie können ihn auch später nachreichen.",
                    isRequired: false, constraints: .init(maxFileBytes: 10 * 1024 * 1024)),
            ]),
        FormStep(
            title: "Zweck und Ausführung der Bohrung",
            fields: [
                FormField(
                    key: "zweck", kind: .singleChoice, label: "Wofür soll das Wasser genutzt werden?",
                    options: [
                        ChoiceOption(value: "gartenbewaesserung", label: "Gartenbewässerung"),
                        ChoiceOption(value: "brauchwasser", label: "Brauchwasser im Haushalt (zum Beispiel Toilettenspülung)"),
                        ChoiceOption(value: "sonstiges", label: "Sonstiges"),
                    ]),
                FormField(
                    key: "zweck_sonstiges", kind: .longText, label: "Beschreibung des sonstigen Zwecks", isRequired: false, constraints: .init(maxLength: 1000),
                    showIf: .equals("zweck", .text("sonstiges")), requireIf: .equals("zweck", .text("sonstiges"))),
                FormField(
                    key: "bohrbeginn", kind: .date, label: "Geplanter Beginn der Bohrung", hint: "Frühestens vier Wochen nach dieser Anzeige.",
                    constraints: .init(earliestDaysFromToday: 28, latestDaysFromToday: 730)),
                FormField(
                    key: "bohrtiefe", kind: .decimal, label: "Geplante Bohrtiefe in Metern", hint: "Zum Beispiel 12,5.", constraints: .init(min: 1, max: 200)),
                FormField(
                    key: "durchmesser", kind: .integer, label: "Durchmesser der Bohrung in Millimetern", hint: "Zum Beispiel 125.",
                    constraints: .init(min: 25, max: 600)),
                FormField(
                    key: "bohrfirma", kind: .text, label: "Ausführende Bohrfirma", hint: "Name und Ort des Unternehmens.", constraints: .init(maxLength: 200)),
            ]),
        FormStep(
            title: "Erklärung",
            fields: [
                FormField(
                    key: "erklaerung", kind: .consent,
                    label: "Ich versichere, dass meine Angaben richtig und vollständig sind, und habe die Datenschutzhinweise zur Kenntnis genommen.")
            ]),
    ])

    public static let lostProperty = Service(
        id: id("0b000000-0000-4000-8000-000000000002"),
        slug: "fundsache-melden",
        leikaKey: nil,
        referencePrefix: "FUN",
        title: "Fundsache melden",
        category: "Sicherheit und Ordnung",
        summary: "Sie haben etwas gefunden? Melden Sie den Fund dem Fundbüro im Ordnungsamt.",
        description: "Wer eine verlorene Sache findet und an sich nimmt, muss den Fund unverzüglich melden, wenn der Wert über 10 Euro liegt.",
        steps: ["Sie melden den Fund online.", "Das Fundbüro meldet sich, um die Abgabe der Sache zu vereinbaren."],
        requiredDocuments: [],
        feesText: "Gebührenfrei.",
        deadlines: "Unverzüglich nach dem Fund.",
        processingTime: "Wenige Tage.",
        legalBasis: "§§ 965 ff. Bürgerliches Gesetzbuch (BGB)",
        redress: "Keine.",
        orgUnitID: publicOrder.id,
        contact: Contact(name: "Fundbüro", phone: "04321 000-200", email: "fundbuero@landkreis.example"),
        isPublished: true,
        privacy: demoPrivacy
    )

    public static let lostPropertyForm = FormSchema(steps: [
        FormStep(
            title: "Der Fund",
            fields: [
                FormField(key: "gegenstand", kind: .text, label: "Was haben Sie gefunden?", constraints: .init(maxLength: 200)),
                FormField(key: "fundort", kind: .text, label: "Wo haben Sie es gefunden?", constraints: .init(maxLength: 200)),
                FormField(
                    key: "funddatum", kind: .date, label: "Wann haben Sie es gefunden?", constraints: .init(earliestDaysFromToday: -365, latestDaysFromToday: 0)
                ),
                FormField(key: "fundzeit", kind: .time, label: "Um wie viel Uhr ungefähr?", isRequired: false),
                FormField(
                    key: "wert", kind: .money, label: "Geschätzter Wert", hint: "Fundsachen über 10 Euro müssen gemeldet werden.", isRequired: false,
                    constraints: .init(min: 0, max: 1_000_000)),
            ]),
        FormStep(
            title: "Ihre Kontaktdaten",
            fields: [
                FormField(key: "name", kind: .text, label: "Vor- und Nachname", constraints: .init(maxLength: 200), autocomplete: "name"),
                FormField(key: "email", kind: .email, label: "E-Mail-Adresse", autocomplete: "email"),
                FormField(key: "finderlohn", kind: .yesNo, label: "Möchten Sie Finderlohn beanspruchen?"),
            ]),
    ])

    public static let buildingFileAccess = Service(
        id: id("0b000000-0000-4000-8000-000000000003"),
        slug: "bauakteneinsicht-beantragen",
        leikaKey: nil,
        referencePrefix: "FAE",
        title: "Einsicht in die Bauakte beantragen",
        category: "Bauen und Wohnen",
        summary: "Eigentümerinnen und Eigentümer und Berechtigte können die Bauakte eines Gebäudes einsehen.",
        description:
            "Die Bauakte enthält Genehmigungen, Pläne und Schriftverkehr zu einem Gebäude. Einsicht erhält, wer Eigentümer ist oder eine Vollmacht hat.",
        steps: ["Sie beantragen die Einsicht online.", "Das Bauordnungsamt prüft die Berechtigung und vereinbart einen Termin."],
        requiredDocuments: ["Nachweis des Eigentums oder Vollmacht"],
        feesText: "Je angefangene halbe Stunde 15 Euro.",
        deadlines: "Keine.",
        processingTime: "Etwa zwei Wochen bis zum Termin.",
        legalBasis: "Landesbauordnung, Informationszugangsgesetz",
        redress: "Widerspruch innerhalb eines Monats nach Bekanntgabe.",
        orgUnitID: buildingAuthority.id,
        contact: Contact(name: "Bauordnungsamt, Aktenarchiv", phone: "04321 000-300"),
        isPublished: true,
        privacy: demoPrivacy
    )

    public static let buildingFileAccessForm = FormSchema(steps: [
        FormStep(
            title: "Grundstück",
            fields: [
                FormField(key: "adresse", kind: .text, label: "Adresse des Gebäudes", constraints: .init(maxLength: 200)),
                FormField(
                    key: "berechtigung", kind: .singleChoice, label: "Warum sind Sie berechtigt?",
                    options: [
                        ChoiceOption(value: "eigentum", label: "Ich bin Eigentümerin oder Eigentümer."),
                        ChoiceOption(value: "vollmacht", label: "Ich habe eine Vollmacht."),
                    ]),
                FormField(
                    key: "unterlagen", kind: .multipleChoice, label: "Welche Unterlagen möchten Sie einsehen?",
                    options: [
                        ChoiceOption(value: "genehmigung", label: "Baugenehmigung"),
                        ChoiceOption(value: "plaene", label: "Bauzeichnungen"),
                        ChoiceOption(value: "statik", label: "Statik"),
                    ], constraints: .init(min: 1)),
            ]),
        FormStep(
            title: "Kontakt",
            fields: [
                FormField(key: "name", kind: .text, label: "Vor- und Nachname", constraints: .init(maxLength: 200), autocomplete: "name"),
                FormField(key: "email", kind: .email, label: "E-Mail-Adresse", autocomplete: "email"),
                FormField(key: "telefon", kind: .phone, label: "Telefonnummer", isRequired: false, autocomplete: "tel"),
            ]),
    ])

    /// Paid online before filing (issue 18): 30 € per tree, booked on the Kasse's account for nature protection fees.
    public static let treeFelling: Service = {
        var service = treeFellingEntry
        service.payment = ServicePayment(
            policy: .required,
            bookingData: [.init(key: "Haushaltsstelle", value: "5.5410.431100"), .init(key: "Objektnummer", value: "UNB-BAUMSCHUTZ")],
            purposeTemplate: "{aktenzeichen} Faellung")
        return service
    }()

    static let treeFellingEntry = Service(
        id: id("0b000000-0000-4000-8000-000000000004"),
        slug: "baumfaellung-beantragen",
        leikaKey: nil,
        referencePrefix: "FAE",
        title: "Fällgenehmigung für Bäume beantragen",
        category: "Umwelt und Wasser",
        summary: "Geschützte Bäume dürfen nur mit Genehmigung gefällt werden. Beantragen Sie die Genehmigung für einen oder mehrere Bäume.",
        description:
            "Bäume ab einem Stammumfang von 80 Zentimetern, gemessen in einem Meter Höhe, sind durch die Baumschutzsatzung geschützt. Für das Fällen brauchen Sie eine Genehmigung der Unteren Naturschutzbehörde.",
        steps: [
            "Sie stellen den Antrag online und laden einen Lageplan und Fotos hoch.",
            "Die Behörde prüft den Antrag, bei Bedarf auch vor Ort.",
            "Sie erhalten einen Bescheid, gegebenenfalls mit Auflagen für Ersatzpflanzungen.",
        ],
        requiredDocuments: ["Lageplan mit den eingezeichneten Bäumen", "Fotos der Bäume (freiwillig)"],
        feesText: "30 Euro je Baum, online zu bezahlen beim Absenden.",
        deadlines: "Fällungen sind nur vom 1. Oktober bis 28. Februar erlaubt.",
        processingTime: "In der Regel vier Wochen.",
        legalBasis: "Baumschutzsatzung des Landkreises, § 39 Bundesnaturschutzgesetz (BNatSchG)",
        redress: "Gegen den Bescheid ist Widerspruch innerhalb eines Monats nach Bekanntgabe möglich.",
        orgUnitID: waterAuthority.id,
        contact: Contact(name: "Untere Naturschutzbehörde", phone: "04321 000-150", email: "naturschutz@landkreis.example"),
        isPublished: true,
        privacy: demoPrivacy
    )

    public static let treeFellingForm = FormSchema(
        steps: [
            FormStep(
                title: "Antragstellende Person",
                fields: [
                    FormField(key: "name", kind: .text, label: "Vor- und Nachname", constraints: .init(maxLength: 200), autocomplete: "name"),
                    FormField(key: "anschrift", kind: .postalAddress, label: "Ihre Anschrift"),
                    FormField(key: "email", kind: .email, label: "E-Mail-Adresse", hint: "Für die Eingangsbestätigung und Rückfragen.", autocomplete: "email"),
                ]),
            FormStep(
                title: "Grundstück",
                fields: [
                    FormField(key: "standort", kind: .location, label: "Lage des Grundstücks"),
                    FormField(
                        key: "kataster", kind: .group, label: "Katasterangaben", hint: "Stehen im Grundbuchauszug oder auf dem Grundsteuerbescheid.",
                        fields: [
                            FormField(key: "gemarkung", kind: .text, label: "Gemarkung", isRequired: false, constraints: .init(maxLength: 100)),
                            FormField(
                                key: "flurstueck", kind: .text, label: "Flurstück", isRequired: false, constraints: .init(pattern: "[0-9]{1,5}(/[0-9]{1,4})?")),
                        ]),
                ]),
            FormStep(
                title: "Bäume",
                fields: [
                    FormField(
                        key: "baeume", kind: .group, label: "Zu fällende Bäume", hint: "Geben Sie jeden Baum einzeln an.",
                        fields: [
                            FormField(key: "art", kind: .text, label: "Baumart", hint: "Zum Beispiel Stieleiche.", constraints: .init(maxLength: 100)),
                            FormField(
                                key: "umfang", kind: .integer, label: "Stammumfang in Zentimetern", hint: "Gemessen in einem Meter Höhe.",
                                constraints: .init(min: 10, max: 2000)),
                            FormField(
                                key: "grund", kind: .singleChoice, label: "Grund der Fällung",
                                options: [
                                    .init(value: "krank", label: "Der Baum ist krank oder abgestorben"),
                                    .init(value: "gefahr", label: "Der Baum gefährdet Menschen oder Gebäude"),
                                    .init(value: "bau", label: "Ein Bauvorhaben"),
                                    .init(value: "sonstiges", label: "Sonstiges"),
                                ]),
                            FormField(
                                key: "erlaeuterung", kind: .longText, label: "Erläuterung", isRequired: false, constraints: .init(maxLength: 1000),
                                showIf: .equals("grund", .text("sonstiges")), requireIf: .equals("grund", .text("sonstiges"))),
                        ], repetition: Repetition(min: 1, max: 10, itemName: "Baum"))
                ]),
            FormStep(
                title: "Unterlagen",
                fields: [
                    FormField(
                        key: "lageplan", kind: .file, label: "Lageplan", hint: "Mit den eingezeichneten Bäumen.",
                        constraints: .init(maxFileBytes: 10 * 1024 * 1024)),
                    FormField(
                        key: "fotos", kind: .file, label: "Fotos der Bäume", isRequired: false,
                        constraints: .init(maxFileBytes: 10 * 1024 * 1024, maxFiles: 5, mediaTypes: ["image/jpeg", "image/png"])),
                ]),
            FormStep(
                title: "Erklärung",
                fields: [
                    FormField(
                        key: "erklaerung", kind: .consent,
                        label: "Ich versichere, dass meine Angaben richtig und vollständig sind, und habe die Datenschutzhinweise zur Kenntnis genommen.")
                ]),
        ], fee: .product([.answer("baeume"), .amount(30)]))

    /// LeiKa keys for the demo (`serviceportal demo`), so FIT-Connect can send them: the tree felling's
    /// is the catalogue's "Beseitigung landesgesetzlich geschützter Bäume, Ausnahmegenehmigung". The
    /// other demo services have no key the project could confirm, so they stay without.
    public static let leikaKeys = ["baumfaellung-beantragen": "99090020276000"]

    public static let services: [(Service, FormSchema)] = [
        (withProcessingDays(wellDrilling, 15), wellDrillingForm), (lostProperty, lostPropertyForm), (buildingFileAccess, buildingFileAccessForm),
        (withProcessingDays(treeFelling, 20), treeFellingForm),
    ]

    /// The demo's due dates: „in der Regel zwei bis drei Wochen“ as working days.
    static func withProcessingDays(_ service: Service, _ days: Int) -> Service {
        var service = service
        service.processingDays = days
        return service
    }

    /// A complete privacy statement for the demo services (the editors refine it per service).
    static let demoPrivacy = PrivacyStatement(
        controller: "Landkreis Musterstadt, Der Landrat, Kreishaus, Hauptstraße 1, 24534 Musterstadt",
        dataProtectionOfficer: "Datenschutzbeauftragte des Landkreises, Hauptstraße 1, 24534 Musterstadt, datenschutz@landkreis.example",
        purposes: "Bearbeitung Ihres Antrags oder Ihrer Anzeige und Rückfragen dazu.",
        legalBasis: "Art. 6 Abs. 1 Buchst. e DSGVO in Verbindung mit dem jeweiligen Fachgesetz (siehe Rechtsgrundlage der Leistung).",
        dataCategories: ["Name und Anschrift", "Kontaktdaten", "Angaben zum Anliegen", "hochgeladene Unterlagen"],
        recipients: ["Die zuständige Stelle der Kreisverwaltung", "Betreiber des Serviceportals (Auftragsverarbeiter nach Art. 28 DSGVO)"],
        thirdCountryTransfer: "Eine Übermittlung in Drittländer findet nicht statt.",
        retentionDrafts: "Nicht gespeicherte Entwürfe: ein Tag; gespeicherte Entwürfe: 30 Tage.",
        retentionSubmissions: "Zehn Jahre nach Abschluss des Verfahrens (Aktenordnung des Landkreises).",
        retentionMessages: "Wie der Antrag, zu dem sie gehören.",
        supervisoryAuthority: "Unabhängiges Landeszentrum für Datenschutz Schleswig-Holstein, Holstenstraße 98, 24103 Kiel",
        obligation: "Die Angaben sind für die Bearbeitung erforderlich. Ohne sie kann das Anliegen nicht bearbeitet werden.",
        automatedDecisions: "Eine automatisierte Entscheidungsfindung einschließlich Profiling findet nicht statt.",
        version: 1, updatedAt: Date(timeIntervalSince1970: 1_796_000_000), retention: .proposal(savedDraftDays: 30)
    )

    /// Stable IDs, so demo data and fixtures look the same everywhere.
    static func id<Owner>(_ text: String) -> Identifier<Owner> {
        Identifier(string: text)!
    }

    /// The first published version of a demo service's form.
    public static func version(of service: Service, schema: FormSchema, publishedAt: Date) -> FormVersion {
        let suffix = service.id.description.suffix(12)
        return FormVersion(id: id("0c000000-0000-4000-8000-\(suffix)"), serviceID: service.id, number: 1, schema: schema, publishedAt: publishedAt)
    }
}
