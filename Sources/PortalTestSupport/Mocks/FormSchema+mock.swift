import PortalCore

extension FormSchema {
    /// The form of `Service.mock`: every kind of field the citizen pages draw — address, location,
    /// a plain and a repeated group, a condition, a file, a consent — and a fee per repeated item.
    public static let mock = FormSchema(
        steps: [
            FormStep(
                title: "Antragstellende Person",
                fields: [
                    FormField(key: "name", kind: .text, label: "Vor- und Nachname", constraints: .init(maxLength: 200), autocomplete: "name"),
                    FormField(key: "anschrift", kind: .postalAddress, label: "Ihre Anschrift"),
                    FormField(key: "email", kind: .email, label: "E-Mail-Adresse", hint: "Für die Eingangsbestätigung und Rückfragen.", autocomplete: "email"),
                    FormField(key: "telefon", kind: .phone, label: "Telefonnummer", isRequired: false, autocomplete: "tel"),
                ]),
            FormStep(
                title: "Grundstück",
                fields: [
                    FormField(key: "standort", kind: .location, label: "Lage des Grundstücks"),
                    FormField(
                        key: "kataster", kind: .group, label: "Katasterangaben", hint: "Stehen im Grundbuchauszug.",
                        fields: [
                            FormField(key: "gemarkung", kind: .text, label: "Gemarkung", isRequired: false, constraints: .init(maxLength: 100)),
                            FormField(
                                key: "flurstueck", kind: .text, label: "Flurstück", isRequired: false, constraints: .init(pattern: "[0-9]{1,5}(/[0-9]{1,4})?")),
                        ]),
                    FormField(
                        key: "beginn", kind: .date, label: "Geplanter Termin der Fällung",
                        constraints: .init(earliestDaysFromToday: 14, latestDaysFromToday: 365)),
                ]),
            FormStep(
                title: "Bäume",
                fields: [
                    FormField(
                        key: "baeume", kind: .group, label: "Zu fällende Bäume", hint: "Geben Sie jeden Baum einzeln an.",
                        fields: [
                            FormField(key: "art", kind: .text, label: "Baumart", hint: "Zum Beispiel Stieleiche.", constraints: .init(maxLength: 100)),
                            FormField(key: "umfang", kind: .integer, label: "Stammumfang in Zentimetern", constraints: .init(min: 10, max: 2000)),
                            FormField(
                                key: "grund", kind: .singleChoice, label: "Grund der Fällung",
                                options: [
                                    .init(value: "krank", label: "Der Baum ist krank oder abgestorben"),
                                    .init(value: "gefahr", label: "Der Baum gefährdet Menschen oder Gebäude"),
                                    .init(value: "sonstiges", label: "Sonstiges"),
                                ]),
                            FormField(
                                key: "erlaeuterung", kind: .longText, label: "Erläuterung", isRequired: false, constraints: .init(maxLength: 1000),
                                showIf: .equals("grund", .text("sonstiges")), requireIf: .equals("grund", .text("sonstiges"))),
                        ], repetition: Repetition(min: 1, max: 10, itemName: "Baum")),
                    FormField(key: "hoehe", kind: .decimal, label: "Höhe des größten Baums in Metern", isRequired: false, constraints: .init(min: 1, max: 80)),
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
                    FormField(key: "erklaerung", kind: .consent, label: "Ich versichere, dass meine Angaben richtig und vollständig sind.")
                ]),
        ], fee: .product([.answer("baeume"), .amount(30)]))
}
