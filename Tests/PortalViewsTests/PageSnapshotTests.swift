import Foundation
import PortalCore
import PortalTestSupport
import PortalViews
import Testing

/// Every page type rendered from fixed models and compared with the committed `.html` file.
/// Record with `RECORD_SNAPSHOTS=1 swift test --filter PageSnapshotTests`; CI only compares.
@Suite("Page snapshots")
struct PageSnapshotTests {
    static func shell(_ title: String, service: String? = nil, errors: Bool = false, notice: Bool = false, language: Language = .german) -> PageShell {
        .mock(title, service: service, errors: errors, notice: notice, language: language)
    }

    static func staffShell(_ title: String, errors: Bool = false) -> PageShell {
        .mockStaff(title, errors: errors)
    }

    static let service = Service.mock
    static let form = FormSchema.mock
    static let serviceLink = HomePage.ServiceLink(title: service.title, summary: service.summary, path: "/leistungen/baumfaellung-beantragen")

    /// A field as the form step page builds it, on the tests' fixed day.
    static func view(_ field: FormField, values: [String: [String]], errors: [String: String] = [:], files: [String: [FieldView.FileItem]] = [:]) -> FieldView {
        FieldView(field: field, values: values, errors: errors, files: files, today: TestClock.today)
    }

    static var pages: [(String, HTML)] {
        citizenPages + accountPages + staffPages + editorPages + administrationPages + paymentPages
    }

    /// Paying before filing (issue 18): the check page's fee lines, the payment page in its states,
    /// the test platform's pay page, the editor's settings with refusals, the Kasse's list.
    static var paymentPages: [(String, HTML)] {
        let fee = CheckAnswersPage.FeeLines(
            lines: [("Grundgebühr", "50,00 €"), ("Bäume: 2 × 30,00 €", "60,00 €")], total: "110,00 €", tax: nil, unavailable: false, isTest: true)
        var check = CheckAnswersPage.Model(
            shell: shell("Angaben prüfen", service: service.title), sections: [], errors: [], action: "/x/pruefen", backPath: "/x/schritt/5",
            csrfToken: "TOKEN")
        check.payment = fee
        var explained = check
        explained.payment?.paysOnline = false
        func payment(_ state: PaymentPage.State, owner: Bool = true, casePath: String? = nil) -> HTML {
            var model = PaymentPage.Model(
                shell: shell("Bezahlung", service: service.title), serviceTitle: service.title, amount: "110,00 €",
                reference: owner || casePath != nil ? "FAE-2026-K7QM-4XD2" : nil,
                purpose: owner || casePath != nil ? "FAE-2026-K7QM-4XD2 Faellung" : nil, state: state, isOwner: owner, action: "/bezahlung/p1",
                checkPath: "/bezahlung/p1", csrfToken: "TOKEN", isTest: true)
            model.casePath = casePath
            return PaymentPage.render(model)
        }
        var editor = EditorPaymentPage.Model(
            shell: staffShell("Online-Bezahlung: \(service.title)", errors: true), serviceTitle: service.title, backPath: "/intern/redaktion/x",
            action: "/intern/redaktion/x/bezahlung", csrfToken: "TOKEN",
            entered: .init(
                policy: .required, originator: "", endpoint: "", booking: "Haushaltsstelle 5.5410", purposeTemplate: "{aktenzeichen} Baumfaellung",
                taxRate: "19,5"))
        editor.errors = [
            ("buchung", PaymentText.german.bookingLineInvalid(1)), ("steuer", PaymentText.german.taxNotNumber),
        ]
        editor.notices = [PaymentText.german.noPlatformNotice]
        var payments = PaymentsPage.Model(
            shell: staffShell("Zahlungen"), action: "/intern/zahlungen", from: "01.11.2026", to: "30.11.2026", status: "", service: "",
            services: [("baumfaellung-beantragen", service.title)])
        payments.rows = [
            .init(
                time: "30.11.2026, 10:15 Uhr", reference: "FAE-2026-K7QM-4XD2", service: service.title, amount: "60,00 €", status: "bezahlt",
                method: "giropay", transaction: "T-4711", booking: "Haushaltsstelle=5.5410.431100"),
            .init(
                time: "30.11.2026, 11:02 Uhr", reference: "FAE-2026-AB12-CD34", service: service.title, amount: "30,00 €", status: "abgebrochen",
                method: "–", transaction: "T-4712", booking: "Haushaltsstelle=5.5410.431100"),
        ]
        payments.sum = PaymentText.german.sum(2, "60,00 €")
        payments.csvPath = "/intern/zahlungen.csv?von=01.11.2026&bis=30.11.2026"
        var refused = PaymentsPage.Model(
            shell: staffShell("Zahlungen", errors: true), action: "/intern/zahlungen", from: "31.02.2026", to: "<b>", status: "", service: "",
            services: [])
        refused.errors = [("von", PaymentText.german.dateInvalid("31.02.2026")), ("bis", PaymentText.german.dateInvalid("<b>"))]
        return [
            ("check-answers-payment", CheckAnswersPage.render(check)),
            ("check-answers-fee-lines", CheckAnswersPage.render(explained)),
            ("payment-open", payment(.open(payURL: "/testzahlung/t1"))),
            ("payment-canceled", payment(.canceled)),
            ("payment-not-sent", payment(.notSent(code: "PAYMENT_EXISTS"))),
            ("payment-stranger", payment(.paid, owner: false)),
            ("payment-fee-paid", payment(.paidFee, owner: false, casePath: "/vorgang/FAE-2026-K7QM-4XD2")),
            ("payment-fee-unpaid", payment(.feeUnpaid, owner: false, casePath: "/vorgang/FAE-2026-K7QM-4XD2")),
            (
                "test-pay-page",
                TestPayPage.render(
                    .init(
                        shell: shell("Testzahlung"), description: service.title, amount: "110,00 €", purpose: "FAE-2026-K7QM-4XD2 Baumfaellung",
                        action: "/testzahlung/t1", csrfToken: "TOKEN"))
            ),
            ("editor-payment", EditorPaymentPage.render(editor)),
            ("payments", PaymentsPage.render(payments)),
            ("payments-error", PaymentsPage.render(refused)),
            (
                "admin-payment-platform",
                PaymentPlatformPage.render(
                    {
                        var model = PaymentPlatformPage.Model(
                            shell: staffShell("Zahlungsplattform"),
                            info: PaymentGatewayInfo(
                                address: "https://epay.example/api", authentication: .oauth2, originatorID: "LK-TEST", endpointID: "gebuehren"),
                            isTest: false, action: "/intern/verwaltung/zahlungsplattform", csrfToken: "TOKEN")
                        model.result = (PaymentText.german.connection(.credentialsRefused), false)
                        return model
                    }())
            ),
        ]
    }

    /// Two units, one under the other, with a refused new one.
    static var orgUnits: OrgUnitsPage.Model {
        var entry = OrgUnitsPage.Entry()
        entry.name = "Sachgebiet Wasser"
        entry.slug = "Wasser!"
        entry.slugError = StaffAdminText.german.unitProblem(.slugInvalid)
        return OrgUnitsPage.Model(
            shell: staffShell("Organisationseinheiten", errors: true),
            rows: [
                .init(
                    name: "Fachbereich Umwelt", path: "/intern/verwaltung/einheiten/u0", depth: 0, details: "(umwelt) · Freigabe nötig", services: []),
                .init(
                    name: "Untere Wasserbehörde", path: "/intern/verwaltung/einheiten/u1", depth: 1,
                    details: "(untere-wasserbehoerde) · Gehört zu Fachbereich Umwelt · wasser@landkreis.example · Freigabe nötig",
                    services: ["Brunnenbohrung anzeigen"]),
            ],
            parents: [(value: "u0", label: "Fachbereich Umwelt"), (value: "u1", label: "– Untere Wasserbehörde")], entry: entry,
            action: "/intern/verwaltung/einheiten", csrfToken: "TOKEN")
    }

    /// Two keys, one revoked, right after creating a third.
    static var apiKeys: APIKeysPage.Model {
        var model = APIKeysPage.Model(
            shell: staffShell("API-Schlüssel"),
            rows: [
                .init(
                    name: "Fachverfahren Wasserrecht", orgUnit: "Untere Wasserbehörde", scopes: "Anträge abrufen und lesen", createdAt: "01.12.2026, 09:00",
                    lastUsedAt: "02.12.2026, 08:15", revokeAction: "/intern/verwaltung/api-schluessel/k1/widerrufen", status: "aktiv"),
                .init(
                    name: "Altes DMS", orgUnit: "Ordnungsamt", scopes: "Anträge abrufen und lesen", createdAt: "01.01.2026, 09:00", lastUsedAt: "noch nie",
                    revokeAction: nil, status: "widerrufen 01.06.2026, 10:00"),
            ],
            orgUnits: [(value: "u1", label: "Untere Wasserbehörde"), (value: "u2", label: "Ordnungsamt")], createAction: "/intern/verwaltung/api-schluessel",
            csrfToken: "TOKEN")
        model.created = ("DMS", "sp_live_TESTGEHEIMNIS")
        return model
    }

    /// The trail of one case, with a refused download below.
    static var auditTrail: AuditTrailPage.Model {
        var model = AuditTrailPage.Model(shell: staffShell("Protokoll", errors: true), action: "/intern/protokoll", exportAction: "/intern/protokoll/export")
        model.reference = "BAU-2026-K7QM-4XD2"
        model.caseTrail = (
            "BAU-2026-K7QM-4XD2",
            [
                .init(when: "30.11.2026, 10:20", who: "Anna Schäfer", what: "Antrag geöffnet", concerning: ""),
                .init(when: "30.11.2026, 11:00", who: "Anna Schäfer", what: "Status geändert", concerning: "Status: In Bearbeitung"),
            ]
        )
        model.from = "01.12.2026"
        model.to = "30.11.2026"
        model.toError = AuditText.german.rangeInvalid
        model.legalHold = LegalHoldPanel(
            holdText: RetentionText.german.heldSince("01.12.2026, 09:00", "Paula Privat", "Klage vor dem Verwaltungsgericht <Az. 4 A 12/26>"),
            action: "/intern/protokoll/BAU-2026-K7QM-4XD2/loeschsperre", csrfToken: "TOKEN", language: .german)
        return model
    }

    /// Staff sign-in with a second factor, one's own access, and the admins' staff pages.
    static var administrationPages: [(String, HTML)] {
        let words = StaffAdminText.german
        var invitation = StaffListPage.Invitation()
        invitation.name = "Bea Bauer"
        invitation.username = "Bea Bauer"
        invitation.email = "bea@landkreis.example"
        invitation.usernameError = words.error(.usernameInvalid)
        invitation.rolesError = words.error(.noRole)
        var ownAccess = StaffOwnAccessPage.Model(
            shell: staffShell("Mein Zugang", errors: true), name: "Anna Schäfer", username: "a.schaefer", email: "anna.schaefer@landkreis.example",
            roles: ["Sachbearbeitung", "Verwaltung"], orgUnits: ["Untere Naturschutzbehörde"], passwordAction: "/intern/zugang/passwort",
            csrfToken: "TOKEN", secondFactor: words.secondFactorActive("01.12.2026, 09:30", 9), secondFactorRequired: true, enrolPath: "/intern/zwei-faktor")
        ownAccess.currentPasswordError = words.currentPasswordWrong
        ownAccess.emailAction = "/intern/zugang/email"
        ownAccess.enteredEmail = "anna.neu@landkreis.example"
        var detail = StaffDetailPage.Model(
            shell: staffShell("Zugang von Bea Bauer", errors: true), name: "Bea Bauer", username: "b.bauer", email: "bea@landkreis.example",
            roles: [.caseWorker],
            orgUnits: [(id: "u1", name: "Untere Naturschutzbehörde", isChecked: true), (id: "u2", name: "Ordnungsamt", isChecked: false)],
            isActive: true, status: words.active, lastSignIn: "02.12.2026, 08:05", hasSecondFactor: true, action: "/intern/verwaltung/mitarbeitende/b1",
            csrfToken: "TOKEN",
            history: [
                .init(when: "01.12.2026, 09:00", who: "Anna Schäfer", what: words.action(.staffInvited)),
                .init(when: "01.12.2026, 09:30", who: "Bea Bauer", what: words.action(.staffPasswordSet)),
            ])
        detail.actionError = words.error(.deactivateSelf)
        var directoryDetail = detail
        directoryDetail.actionError = nil
        directoryDetail.shell = staffShell("Zugang von Bea Bauer")
        directoryDetail.directory = .init(isLinked: true, isOnlyWay: true, assignsRoles: true)
        var directoryOwnAccess = ownAccess
        directoryOwnAccess.currentPasswordError = nil
        directoryOwnAccess.shell = staffShell("Mein Zugang")
        directoryOwnAccess.directoryOnly = DirectoryText.german.passwordSignInOff("Kreis-Verzeichnis")
        var settings = PortalSettingsPage.Model(
            shell: staffShell("Einstellungen des Portals", errors: true), action: "/intern/verwaltung/einstellungen", csrfToken: "TOKEN",
            configuredName: "Serviceportal Landkreis Musterstadt", name: "Serviceportal Kreis Nord", colour: "#ffbf47", contactEmail: "portal@kreis-nord.de",
            logoPath: "/logo/3fa2c1d07b5e9a10.png", baseURL: "https://service.kreis-nord.de")
        settings.colourError = PortalSettingsText.german.problem(.colourTooLight(contrast: 1.6))
        return [
            ("admin-settings", PortalSettingsPage.render(settings)),
            ("admin-staff-account-directory", StaffDetailPage.render(directoryDetail)),
            ("staff-own-access-directory", StaffOwnAccessPage.render(directoryOwnAccess)),
            (
                "staff-login-directory",
                StaffLoginPage.render(
                    .init(
                        shell: shell("Anmeldung für Mitarbeitende"), action: "/intern/anmelden", csrfToken: "TOKEN", username: "", error: nil,
                        directory: .init(
                            action: "/intern/anmelden/verzeichnis", button: DirectoryText.german.button("Kreis-Verzeichnis"), or: DirectoryText.german.or)))
            ),
            (
                "staff-second-factor-enrol",
                SecondFactorPage.render(
                    .init(
                        shell: shell("Zweiten Faktor einrichten", errors: true),
                        step: .enrol(
                            code: QRCode(text: "otpauth://totp/Serviceportal:anna?secret=JBSWY3DPEHPK3PXP"), secret: "JBSW Y3DP EHPK 3PXP",
                            error: words.enrolCodeWrong),
                        isRequired: true, action: "/intern/zwei-faktor", csrfToken: "TOKEN"))
            ),
            (
                "staff-second-factor-codes",
                SecondFactorPage.render(
                    .init(
                        shell: staffShell("Zweiter Faktor eingerichtet"),
                        step: .recoveryCodes(["abcde-fghij", "klmno-pqrst"], continuePath: "/intern/eingang"),
                        isRequired: false, action: "/intern/zwei-faktor", csrfToken: "TOKEN"))
            ),
            ("staff-own-access", StaffOwnAccessPage.render(ownAccess)),
            (
                "admin-home",
                AdminHomePage.render(
                    .init(
                        shell: staffShell("Verwaltung"), staffPath: "/intern/verwaltung/mitarbeitende", pagesPath: "/intern/seiten",
                        auditPath: "/intern/protokoll", apiKeysPath: "/intern/verwaltung/api-schluessel",
                        orgUnitsPath: "/intern/verwaltung/einheiten", settingsPath: "/intern/verwaltung/einstellungen",
                        handoverPath: "/intern/verwaltung/uebergabe", statisticsPath: "/intern/statistik"))
            ),
            (
                "admin-staff-list",
                StaffListPage.render(
                    .init(
                        shell: staffShell("Mitarbeitende", errors: true),
                        rows: [
                            .init(
                                name: "Anna Schäfer", path: "/intern/verwaltung/mitarbeitende/a1", username: "a.schaefer", roles: "Verwaltung",
                                orgUnits: "keine", lastSignIn: "02.12.2026, 08:00", status: words.active),
                            .init(
                                name: "Jürgen Müller", path: "/intern/verwaltung/mitarbeitende/j1", username: "j.mueller",
                                roles: "Sachbearbeitung, Onlineredaktion",
                                orgUnits: "Untere Naturschutzbehörde", lastSignIn: words.never, status: words.invited),
                        ],
                        orgUnits: [(id: "u1", name: "Untere Naturschutzbehörde")], invitation: invitation, inviteAction: "/intern/verwaltung/mitarbeitende",
                        csrfToken: "TOKEN"))
            ),
            ("admin-staff-account", StaffDetailPage.render(detail)),
            ("audit-trail", AuditTrailPage.render(auditTrail)),
            ("admin-api-keys", APIKeysPage.render(apiKeys)),
            ("admin-org-units", OrgUnitsPage.render(orgUnits)),
            ("admin-handover", HandoverChannelsPage.render(handoverChannels)),
        ]
    }

    /// Two channels, a refused webhook with its address kept, and a secret just made.
    static var handoverChannels: HandoverChannelsPage.Model {
        var model = HandoverChannelsPage.Model(
            shell: staffShell("Übergabewege", errors: true),
            rows: [
                .init(
                    service: service.title, kind: .hotFolder, target: "/srv/dms/eingang", addedAt: "30.11.2026, 10:15",
                    removeAction: "/intern/verwaltung/uebergabe/0b7d0c62-51f5-4d0c-9a0e-0d7a7c1c2f11/entfernen", rotateAction: nil),
                .init(
                    service: service.title, kind: .webhook, target: "https://fv.example/in (zwei Geheimnisse gültig)", addedAt: "30.11.2026, 10:20",
                    removeAction: "/intern/verwaltung/uebergabe/1b7d0c62-51f5-4d0c-9a0e-0d7a7c1c2f11/entfernen",
                    rotateAction: "/intern/verwaltung/uebergabe/1b7d0c62-51f5-4d0c-9a0e-0d7a7c1c2f11/geheimnis"),
            ],
            services: [(value: "baumfaellung-beantragen", label: service.title)], addAction: "/intern/verwaltung/uebergabe", csrfToken: "TOKEN")
        model.entered = .init(service: "baumfaellung-beantragen", kind: .webhook)
        model.entered.url = "http://fv.example/in"
        model.errors.url = HandoverText.for(.german).problem(.webhookAddressInvalid)
        return model
    }

    static var citizenPages: [(String, HTML)] {
        let step = form.steps[2]
        let fields = step.fields.map { field in
            view(
                field, values: ["hoehe": ["zwölf"], "baeume.1.grund": ["sonstiges"]],
                errors: ["hoehe": "„Höhe des größten Baums in Metern“ muss eine Zahl sein, zum Beispiel 12,5."])
        }
        let consent = form.steps[4].fields.map { view($0, values: [:]) }
        return [
            (
                "home",
                HomePage.render(
                    .init(
                        shell: shell("Startseite"), searchAction: "/", query: nil, results: [], mostUsed: [serviceLink],
                        categories: [.init(name: "Umwelt und Natur", services: [serviceLink])]))
            ),
            (
                "home-search-en",
                HomePage.render(
                    .init(
                        shell: shell("Search", language: .english), searchAction: "/", query: "<Baum>",
                        results: [serviceLink], mostUsed: [], categories: []))
            ),
            (
                "service",
                ServicePage.render(
                    .init(
                        shell: shell(service.title), service: service,
                        responsibleOffice: "Untere Naturschutzbehörde", startPath: "/leistungen/baumfaellung-beantragen/antrag",
                        privacyPath: "/leistungen/baumfaellung-beantragen/datenschutz"))
            ),
            (
                "service-privacy",
                ServicePrivacyPage.render(
                    .init(
                        shell: shell("Datenschutzhinweise", service: service.title), heading: "Datenschutzhinweise",
                        statement: .mock, updatedOn: "30.11.2026", backPath: "/leistungen/baumfaellung-beantragen"))
            ),
            (
                "form-step-errors",
                FormStepPage.render(
                    .init(
                        shell: shell(step.title, service: service.title, errors: true, notice: true),
                        stepTitle: step.title, stepNumber: 3, stepCount: 5, fields: fields,
                        action: "/leistungen/baumfaellung-beantragen/antrag/schritt/3",
                        backPath: "/leistungen/baumfaellung-beantragen/antrag/schritt/2", csrfToken: "TOKEN"))
            ),
            (
                "form-step-consent",
                FormStepPage.render(
                    .init(
                        shell: shell("Erklärung", service: service.title, notice: true),
                        stepTitle: "Erklärung", stepNumber: 5, stepCount: 5, fields: consent,
                        action: "/leistungen/baumfaellung-beantragen/antrag/schritt/5",
                        backPath: "/leistungen/baumfaellung-beantragen/antrag/schritt/4", csrfToken: "TOKEN"))
            ),
            (
                "form-step-kinds",
                FormStepPage.render(
                    .init(
                        shell: shell("Zahlung", service: "Fundsache melden", notice: true), stepTitle: "Zahlung", stepNumber: 2, stepCount: 2,
                        fields: [
                            view(FormField(key: "hinweis", kind: .staticText, label: "Hinweis", hint: "Bitte vollständig ausfüllen."), values: [:]),
                            view(
                                FormField(key: "wert", kind: .money, label: "Geschätzter Wert"), values: ["wert": ["12,345"]],
                                errors: ["wert": "„Geschätzter Wert“ muss ein Euro-Betrag mit höchstens zwei Nachkommastellen sein, zum Beispiel 12,50."]),
                            view(FormField(key: "uhrzeit", kind: .time, label: "Uhrzeit des Fundes", isRequired: false), values: [:]),
                            view(FormField(key: "termin", kind: .dateTime, label: "Abgabetermin", isRequired: false), values: [:]),
                            view(FormField(key: "iban", kind: .iban, label: "IBAN für den Finderlohn", isRequired: false), values: [:]),
                            view(FormField(key: "behoerde", kind: .readOnly, label: "Zuständig", fixedValue: "Fundbüro"), values: [:]),
                            view(FormField(key: "akte", kind: .hidden, label: "Akte", fixedValue: "32.10"), values: [:]),
                        ],
                        action: "/leistungen/fundsache-melden/antrag/schritt/2", backPath: "/leistungen/fundsache-melden/antrag/schritt/1", csrfToken: "TOKEN"))
            ),
            (
                "form-step-groups",
                FormStepPage.render(
                    .init(
                        shell: shell("Bäume", service: service.title, errors: true, notice: true), stepTitle: "Bäume", stepNumber: 3, stepCount: 5,
                        fields: form.steps[1].fields.map {
                            view(
                                $0, values: ["standort.postalCode": ["2410"], "gemarkung": ["Kiel"]],
                                errors: ["standort": "Die Postleitzahl bei „Lage des Grundstücks“ muss aus fünf Ziffern bestehen, zum Beispiel 24103."])
                        }
                            + form.steps[2].fields.map {
                                view(
                                    $0, values: ["baeume.1.art": ["Stieleiche"], "baeume.2.grund": ["sonstiges"]],
                                    errors: ["baeume.2.art": "Bitte füllen Sie „Baumart (Baum 2)“ aus."])
                            }
                            + form.steps[3].fields.map {
                                view(
                                    $0, values: [:],
                                    files: [
                                        "lageplan": [
                                            .init(
                                                id: "00000000-0000-0000-0000-0000000000f1", name: "Lageplan.pdf", size: "1,2 MB",
                                                link: "/x/dateien/00000000-0000-0000-0000-0000000000f1")
                                        ]
                                    ])
                            },
                        action: "/leistungen/baumfaellung-beantragen/antrag/schritt/3", backPath: "/leistungen/baumfaellung-beantragen/antrag/schritt/2",
                        csrfToken: "TOKEN"))
            ),
            (
                "check-answers",
                CheckAnswersPage.render(
                    .init(
                        shell: shell("Angaben prüfen", service: service.title, notice: true),
                        sections: [
                            .init(
                                title: "Grundstück",
                                rows: [
                                    .init(question: "Gemarkung", answer: "Einfeld", changePath: "/x/schritt/2#feld-gemarkung"),
                                    .init(question: "Flurstück", answer: "", changePath: "/x/schritt/2#feld-flurstueck"),
                                ])
                        ],
                        errors: [], action: "/x/pruefen", backPath: "/x/schritt/5", csrfToken: "TOKEN", fee: "60,00 €"))
            ),
            (
                "confirmation",
                ConfirmationPage.render(
                    {
                        var model = ConfirmationPage.Model(
                            shell: shell("Antrag eingegangen", service: service.title),
                            reference: "BAU-2026-K7QM-4XD2", receivedAt: "Eingegangen am 30.11.2026, 10:15 Uhr",
                            nextSteps: service.steps, homePath: "/")
                        model.feedback = FeedbackForm(
                            action: "/rueckmeldung", csrfToken: "TOKEN", language: .german, serviceSlug: "baumfaellung-beantragen", page: .confirmation)
                        return model
                    }())
            ),
            (
                "rating-comments",
                RatingCommentsPage.render(
                    .init(
                        shell: staffShell("Kommentare zu Bewertungen"),
                        rows: [
                            .init(
                                when: "30.11.2026, 10:15", about: service.title, stars: "2 Sterne – unzufrieden",
                                text: "Schritt 3 war <b>unklar</b>.\nDer Lageplan fehlte.", state: .new, action: "/intern/statistik/kommentare/17"),
                            .init(
                                when: "29.11.2026, 09:00", about: "Serviceportal allgemein", stars: "5 Sterne – sehr zufrieden", text: "Schnell erledigt.",
                                state: .published, action: "/intern/statistik/kommentare/12"),
                        ], csrfToken: "TOKEN"))
            ),
            (
                "open-data",
                OpenDataPage.render(
                    .init(
                        shell: shell("Offene Daten"),
                        datasets: [
                            .init(
                                title: "Zufriedenheit mit den Online-Diensten", description: "Bewertungen je Leistung und Monat.",
                                csvPath: "/opendata/satisfaction.csv", jsonPath: "/opendata/satisfaction.json")
                        ],
                        catalogTurtlePath: "/opendata/catalog.ttl", catalogJSONLDPath: "/opendata/catalog.jsonld",
                        licence: "http://dcat-ap.de/def/licenses/dl-by-de/2.0", threshold: 5))
            ),
            ("statistics", StatisticsPage.render(Self.statisticsModel(oneService: false))),
            ("statistics-service", StatisticsPage.render(Self.statisticsModel(oneService: true))),
            (
                "statistics-error",
                StatisticsPage.render(
                    {
                        var model = StatisticsPage.Model(
                            shell: staffShell("Statistik", errors: true), action: "/intern/statistik",
                            choice: .init(kind: "frei", year: "2026", month: "11", quarter: "4", from: "31.11.2026", to: "<b>gestern</b>"),
                            years: [2026, 2025],
                            services: [.init(slug: "baumfaellung-beantragen", title: "Baumfällung beantragen")], serviceSlug: "unbekannt",
                            commentsPath: "/intern/statistik/kommentare")
                        model.problems = [.from, .to]
                        model.isUnknownService = true
                        return model
                    }())
            ),
            (
                "feedback-error",
                FeedbackPage.render(
                    {
                        var form = FeedbackForm(action: "/rueckmeldung", csrfToken: "TOKEN", language: .german, serviceSlug: nil, page: .portal)
                        form.comment = "Zu viele <b>Schritte</b>"
                        form.problem = .starsMissing
                        return FeedbackPage.Model(
                            shell: shell("Rückmeldung zum Serviceportal", errors: true), heading: "Rückmeldung zum Serviceportal", form: form, homePath: "/")
                    }())
            ),
            (
                "saved-draft",
                SavedDraftPage.render(
                    .init(
                        shell: shell("Antrag gespeichert", service: service.title), heading: "Ihr Antrag ist gespeichert",
                        paragraphs: ["Wir haben Ihnen einen Link an Ihre E-Mail-Adresse geschickt.", "Der Link gilt 30 Tage."],
                        resumeLink: nil, changes: [], continuePath: "/leistungen/baumfaellung-beantragen/antrag/schritt/3"))
            ),
            (
                "saved-draft-changed",
                SavedDraftPage.render(
                    .init(
                        shell: shell("Antrag fortsetzen", service: service.title), heading: "Das Formular hat sich geändert",
                        paragraphs: ["Seit Sie gespeichert haben, wurde das Formular geändert."], resumeLink: nil,
                        changes: ["Neue Angabe: „Höhe des größten Baums in Metern“", "Entfallen: „Fax“"],
                        continuePath: "/leistungen/baumfaellung-beantragen/antrag/schritt/1", confirm: ("/fortsetzen/bestaetigen", "TOKEN")))
            ),
            (
                "contact",
                ContactPage.render(
                    .init(
                        shell: shell("Kontakt", errors: true), heading: "Kontakt",
                        intro: "Schreiben Sie uns. Wir antworten in der Regel innerhalb von drei Arbeitstagen.",
                        fields: [
                            view(FormField(key: "name", kind: .text, label: "Ihr Name", autocomplete: "name"), values: ["name": ["Jürgen Müller"]]),
                            view(
                                FormField(key: "email", kind: .email, label: "E-Mail-Adresse", autocomplete: "email"), values: ["email": ["juergen@"]],
                                errors: ["email": "Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@example.de."]),
                            view(FormField(key: "nachricht", kind: .longText, label: "Ihre Nachricht"), values: [:]),
                        ],
                        action: "/kontakt", csrfToken: "TOKEN", sendLabel: "Nachricht senden", backPath: "/"))
            ),
            (
                "sign-language",
                SignLanguagePage.render(
                    .init(
                        shell: shell("Gebärdensprache"), title: "Informationen in Deutscher Gebärdensprache",
                        introduction: "Hier erklären wir in Videos, was Sie auf diesem Portal tun können.",
                        videos: [
                            .init(
                                title: "Einen Antrag stellen", transcript: "Sie wählen eine Leistung aus und füllen das Formular aus.",
                                videoPath: "/gebaerdensprache/videos/1", captionsPath: "/gebaerdensprache/videos/1/untertitel")
                        ]))
            ),
            (
                "not-found",
                PlainPage.render(
                    .init(
                        shell: shell("Seite nicht gefunden"), heading: "Seite nicht gefunden",
                        paragraphs: [Strings.german.notFoundText], link: ("Zur Startseite", "/")))
            ),
            ("sign-in-required", signInRequired),
        ]
    }

    static var accountPages: [(String, HTML)] {
        [
            ("account-external", accountExternal),
            ("account-applications", accountApplications),
            (
                "account-sign-in",
                AccountFormPage.render(
                    {
                        var model = AccountFormPage.Model(
                            shell: shell("Anmelden", errors: true), heading: "Anmelden", intro: ["Melden Sie sich mit Ihrem Konto an."],
                            action: "/konto/anmelden",
                            csrfToken: "TOKEN",
                            inputs: [
                                .init(name: "email", label: "E-Mail-Adresse", type: "email", autocomplete: "email", value: "anna@example.de"),
                                .init(
                                    name: "passwort", label: "Passwort", type: "password", autocomplete: "current-password",
                                    error: "Bitte geben Sie Ihr Passwort ein."),
                            ],
                            button: "Anmelden", formError: "E-Mail-Adresse oder Passwort stimmen nicht.",
                            links: [("Passwort vergessen?", "/konto/passwort-vergessen"), ("Konto anlegen", "/konto/registrieren")])
                        model.alternatives = ("Oder anmelden mit", [PostButton(label: "BundID", action: "/konto/extern/bundid")])
                        model.checkboxes = (
                            "Benachrichtigungen", "benachrichtigung", [("post", "Bei neuer Nachricht im Postfach"), ("status", "Bei Statusänderungen")]
                        )
                        return model
                    }())
            ),
            ("case-status", caseStatus),
            ("case-status-authority", caseStatusAuthority),
            (
                "decision-confirmation",
                DecisionConfirmationPage.render(
                    .init(
                        shell: staffShell("Bescheid zustellen"), reference: "BAU-2026-K7QM-4XD2", serviceTitle: service.title, outcomeLabel: "Ergebnis",
                        outcomeValue: "Genehmigt", fileName: "Bescheid.pdf", fileSize: "84 KB", fileID: "00000000-0000-0000-0000-0000000000d1",
                        recipient: "Postfach von Jürgen Müller", action: "/intern/antraege/BAU-2026-K7QM-4XD2/bescheid",
                        cancelPath: "/intern/antraege/BAU-2026-K7QM-4XD2",
                        csrfToken: "TOKEN", byPost: "An Jürgen Müller, Hauptstraße 5, 24534 Neumünster – mit dem Druckstapel um 14:00 Uhr"))
            ),
        ]
    }

    /// A case in progress, taken by Anna Schäfer, with an internal note.
    static var staffSubmission: StaffSubmissionPage.Model {
        var model = StaffSubmissionPage.Model(
            shell: staffShell("BAU-2026-K7QM-4XD2"), reference: "BAU-2026-K7QM-4XD2", serviceTitle: service.title,
            status: "In Bearbeitung", receivedAt: "30.11.2026, 10:15", formVersion: 1,
            sections: [
                .init(title: "Grundstück", answers: [.init(question: "Gemarkung", answer: "Einfeld"), .init(question: "Flurstück", answer: "")])
            ],
            history: [
                .init(at: "30.11.2026, 10:30", from: "", to: "", actor: "Anna Schäfer", note: nil, event: "Zugewiesen an Anna Schäfer"),
                .init(at: "30.11.2026, 11:00", from: "Eingegangen", to: "In Bearbeitung", actor: "staff:anna", note: "Prüfung <begonnen>"),
            ],
            statusChoices: [.init(value: "completed", label: "Abgeschlossen"), .init(value: "rejected", label: "Abgelehnt")],
            statusAction: "/intern/antraege/BAU-2026-K7QM-4XD2/status", csrfToken: "TOKEN", fee: "60,00 €")
        var work = CaseWorkPanel(
            assigneeName: "Anna Schäfer", isAssignedToReader: true, colleagues: [(value: "b1", label: "Bea Bauer")],
            assignmentAction: "/intern/antraege/BAU-2026-K7QM-4XD2/zustaendigkeit",
            notes: [.init(author: "Anna Schäfer", at: "30.11.2026, 11:05", body: "Rückruf am Montag.\nLageplan fehlt noch.")],
            notesAction: "/intern/antraege/BAU-2026-K7QM-4XD2/notizen", csrfToken: "TOKEN", language: .german)
        work.noteError = CaseAssignmentText.german.noteProblem(.empty)
        work.dueOn = "14.12.2026"
        work.isOverdue = true
        work.followUpOn = "07.12.2026"
        work.followUpAction = "/intern/antraege/BAU-2026-K7QM-4XD2/wiedervorlage"
        var hold = LegalHoldPanel(holdText: nil, action: "/intern/antraege/BAU-2026-K7QM-4XD2/loeschsperre", csrfToken: "TOKEN", language: .german)
        hold.error = RetentionText.german.reasonMissing
        work.legalHold = hold
        model.caseWork = work
        let handover = HandoverText.for(.german)
        model.handover = HandoverPanel(
            rows: [
                .init(
                    channel: handover.kind(.hotFolder), state: handover.delivered, isFailed: false,
                    details: [handover.deliveredAt("30.11.2026, 10:16"), handover.attempts(1)]),
                .init(
                    channel: handover.kind(.webhook), state: handover.failed, isFailed: true,
                    details: [handover.attempts(16), handover.failure(.receiverStatus(503))],
                    retryAction: "/intern/antraege/BAU-2026-K7QM-4XD2/uebergabe/0b7d0c62-51f5-4d0c-9a0e-0d7a7c1c2f11/erneut"),
                .init(channel: handover.kind(.pull), state: handover.pending, isFailed: false, details: []),
            ], csrfToken: "TOKEN")
        model.decisionForm = .init(
            action: "/intern/antraege/BAU-2026-K7QM-4XD2/bescheid",
            outcomes: [(value: "granted", label: "Bewilligt"), (value: "refused", label: "Abgelehnt")], error: nil)
        model.decisionForm?.offersPost = true
        return model
    }

    static var staffPages: [(String, HTML)] {
        [
            (
                "staff-login-error",
                StaffLoginPage.render(
                    .init(
                        shell: shell("Anmeldung für Mitarbeitende", errors: true), action: "/intern/anmelden",
                        csrfToken: "TOKEN", username: "anna", error: Strings.german.loginFailed))
            ),
            (
                "staff-inbox",
                InboxPage.render(
                    {
                        var model = InboxPage.Model(
                            shell: staffShell("Posteingang"), action: "/intern/eingang",
                            services: [.init(value: "baumfaellung-beantragen", label: service.title, isSelected: true)],
                            statuses: CaseStatus.allCases.map { .init(value: $0.rawValue, label: $0.label(), isSelected: $0 == .received) },
                            search: "Müller",
                            rows: [
                                .init(
                                    reference: "BAU-2026-K7QM-4XD2", path: "/intern/antraege/BAU-2026-K7QM-4XD2", applicant: "Jürgen Müller",
                                    service: service.title, status: "Eingegangen", receivedAt: "30.11.2026, 10:15", isUnread: true),
                                .init(
                                    reference: "BAU-2026-0000-0001", path: "/intern/antraege/BAU-2026-0000-0001", applicant: "Ayşe Yılmaz",
                                    service: service.title, status: "In Bearbeitung", receivedAt: "29.11.2026, 08:05", isUnread: false,
                                    assignee: "Anna Schäfer", due: "14.12.2026", isOverdue: true, followUp: "07.12.2026"),
                            ],
                            olderPath: "/intern/eingang?vor=17", newestPath: nil,
                            views: [
                                .init(value: "", label: "Alle Vorgänge", isSelected: false), .init(value: "meine", label: "Meine Fälle", isSelected: true),
                                .init(value: "offen", label: "Nicht zugewiesen", isSelected: false),
                            ])
                        model.bulkAction = "/intern/eingang/status"
                        model.bulkStatuses = CaseStatus.allCases.map { .init(value: $0.rawValue, label: $0.label(), isSelected: false) }
                        model.bulkError = CaseAssignmentText.german.bulkNoneSelected
                        model.csrfToken = "TOKEN"
                        model.receivedFrom = "01.12.2026"
                        let words = CaseAssignmentText.german
                        model.orders = [
                            .init(value: "", label: words.orderNewest, isSelected: false), .init(value: "frist", label: words.orderDueDate, isSelected: true),
                            .init(value: "status", label: words.orderStatus, isSelected: false),
                        ]
                        model.saveViewAction = "/intern/eingang/ansichten"
                        model.currentPath = "/intern/eingang?ansicht=meine&von=01.12.2026"
                        model.savedViews = [
                            (name: "Überfällig", path: "/intern/eingang?frist=ueberfaellig", deleteAction: "/intern/eingang/ansichten/v1/loeschen")
                        ]
                        return model
                    }())
            ),
            (
                "staff-submission",
                StaffSubmissionPage.render(staffSubmission)
            ),
            (
                "contact-messages",
                ContactMessagesPage.render(
                    .init(
                        shell: staffShell("Kontaktanfragen"),
                        rows: [
                            .init(
                                receivedAt: "30.11.2026, 09:12", about: "Allgemein", category: "Frage", sender: "Jürgen Müller <j.mueller@example.de>",
                                text: "Wann ist das Kreishaus geöffnet?\nDanke <und> Gruß")
                        ]))
            ),
            (
                "processing-records",
                ProcessingRecordsPage.render(
                    .init(
                        shell: staffShell("Verzeichnis der Verarbeitungstätigkeiten"),
                        records: [(service.title, ProcessingRecord(service: service, orgUnit: "Untere Naturschutzbehörde"))]))
            ),
            (
                "deletion-log",
                DeletionLogPage.render(
                    .init(
                        shell: staffShell("Löschprotokoll"),
                        lines: [
                            .init(
                                when: "02.12.2026, 02:30", service: service.title, stage: "Abgeschlossene Anträge (ab Abschluss)", action: "anonymisiert",
                                count: "1.204"),
                            .init(
                                when: "02.12.2026, 02:30", service: "Verwaltung (ohne Antrag)", stage: "Protokolleinträge zu Anträgen", action: "gelöscht",
                                count: "17"),
                        ],
                        lastRun: "05.12.2026, 02:30", exportPath: "/intern/datenschutz/loeschprotokoll.csv", backPath: "/intern/datenschutz"))
            ),
            ("admin-pages", adminPages),
        ]
    }

    static var editorPages: [(String, HTML)] {
        let thread = ReviewThread(entries: [
            .init(
                id: "r1", target: "Schritt 3: Bäume", author: "Petra Prüfer", at: "30.11.2026, 10:00", text: "Bitte „Stammumfang“ erklären.",
                isResolved: false, replies: [(author: "Erik Editor", at: "30.11.2026, 11:00", text: "Hinweis ergänzt.")]),
            .init(id: "r2", target: "Eintrag", author: "Petra Prüfer", at: "29.11.2026, 09:00", text: "Frist <fehlt>", isResolved: true, replies: []),
        ])
        return [
            (
                "editor-services",
                EditorServicesPage.render(
                    .init(
                        shell: staffShell("Leistungen bearbeiten", errors: true),
                        rows: [.init(title: service.title, status: "Veröffentlicht (Version 1)", path: "/intern/redaktion/baumfaellung-beantragen")],
                        orgUnits: [("natur", "Untere Naturschutzbehörde"), ("wasser", "Untere Wasserbehörde")], createAction: "/intern/redaktion",
                        csrfToken: "TOKEN",
                        error: "Bitte geben Sie einen Titel an.", entered: ("", "baum")))
            ),
            ("editor-service", editorService),
            ("editor-service-entry", editorServiceSection(.entry)),
            ("editor-service-privacy", editorServiceSection(.privacy)),
            ("editor-service-privacy-period-error", editorPrivacyWithRefusedPeriod),
            (
                "editor-step",
                EditorStepPage.render(
                    {
                        var rows = form.steps[2].fields.flatMap { field -> [EditorStepPage.FieldRow] in
                            var row = EditorStepPage.FieldRow(
                                key: field.key, label: field.label, kind: field.kind, isRequired: field.isRequired,
                                editPath: "/intern/redaktion/x/feld/\(field.key)")
                            row.isRepeatable = field.repetition != nil
                            return [row]
                                + field.fields.map { child in
                                    var row = EditorStepPage.FieldRow(
                                        key: child.key, label: child.label, kind: child.kind, isRequired: child.isRequired, editPath: nil)
                                    row.depth = 1
                                    return row
                                }
                        }
                        rows[0].editPath = nil
                        return EditorStepPage.Model(
                            shell: staffShell("Schritt 3: Bäume"), serviceTitle: service.title, stepNumber: 3, stepTitle: "Bäume", fields: rows,
                            action: "/intern/redaktion/x/schritt/3", previewPath: "/intern/redaktion/x/schritt/3/vorschau",
                            backPath: "/intern/redaktion/x", csrfToken: "TOKEN", revision: 4, error: nil)
                    }())
            ),
            (
                "editor-field",
                EditorFieldPage.render(
                    {
                        var model = EditorFieldPage.Model(
                            shell: staffShell("Feld bearbeiten", errors: true), serviceTitle: service.title, field: form.steps[2].fields[0].fields[3],
                            conditionFields: [("grund", "Grund der Fällung"), ("umfang", "Stammumfang in Zentimetern")],
                            action: "/intern/redaktion/x/feld/erlaeuterung",
                            backPath: "/intern/redaktion/x/schritt/3", csrfToken: "TOKEN", revision: 4, error: "Die Höchstlänge muss eine ganze Zahl sein.")
                        model.warnings = ["„gemäß“ klingt nach Amtssprache: besser „nach“."]
                        return model
                    }())
            ),
            (
                "editor-preview",
                EditorPreviewPage.render(
                    .init(
                        shell: staffShell("Vorschau: Bäume"), stepTitle: "Bäume", fields: form.steps[2].fields.map { view($0, values: [:]) },
                        backPath: "/intern/redaktion/x/schritt/3"))
            ),
            (
                "editor-rules",
                EditorRulesPage.render(
                    {
                        var model = EditorRulesPage.Model(
                            shell: staffShell("Regeln und Gebühr", errors: true), serviceTitle: service.title,
                            rules: [
                                .init(
                                    message: "Bitte geben Sie eine Erläuterung an.", fieldLabel: "Erläuterung",
                                    condition: "wenn „Grund der Fällung“ = Sonstiges")
                            ],
                            fields: [("grund", "Grund der Fällung"), ("erlaeuterung", "Erläuterung")], numberFields: [("umfang", "Stammumfang in Zentimetern")],
                            fee: "30,00 € × Anzahl „Zu fällende Bäume“", action: "/intern/redaktion/x/regeln", backPath: "/intern/redaktion/x",
                            csrfToken: "TOKEN",
                            revision: 4, error: "Bitte geben Sie eine Meldung an.")
                        model.entered = ["regel_feld": "erlaeuterung"]
                        return model
                    }())
            ),
            (
                "review-list",
                ReviewListPage.render(
                    .init(
                        shell: staffShell("Prüfungen"),
                        rows: [
                            .init(title: service.title, state: "Zur Prüfung eingereicht", path: "/intern/pruefung/baumfaellung-beantragen")
                        ]))
            ),
            (
                "review",
                ReviewPage.render(
                    {
                        var model = ReviewPage.Model(
                            shell: staffShell("Prüfung: \(service.title)"), service: service, state: "Zur Prüfung eingereicht",
                            steps: form.steps.prefix(3).map { step in
                                var page = ReviewPage.Step(title: step.title, fields: step.fields.map { view($0, values: [:]) })
                                page.rules = step.title == "Bäume" ? ReviewSummary.rules(of: step.fields) : []
                                return page
                            },
                            thread: thread, targets: [("eintrag", "Eintrag"), ("schritt-3", "Schritt 3: Bäume")],
                            action: "/intern/pruefung/baumfaellung-beantragen",
                            csrfToken: "TOKEN", revision: 4, canDecide: true, backPath: "/intern/pruefung", error: nil)
                        model.testAction = "/intern/pruefung/baumfaellung-beantragen/test"
                        model.changesBasis = "Änderungen seit Version 1"
                        model.changes = [
                            .init(title: .step("Bäume"), lines: [.field(.added(label: "Höhe des größten Baums in Metern"))]),
                            .init(title: .wholeForm, lines: [.fee(before: nil, now: "30 * baeume")]),
                        ]
                        model.formRules = ["Gebühr: 30,00 € je Baum"]
                        model.fee = "30,00 € × Anzahl „Zu fällende Bäume“"
                        return model
                    }())
            ),
        ]
    }

    /// A form that asks for a trust level, seen by someone signed in with a password.
    static var signInRequired: HTML {
        let text = IdentityText.german
        var model = PlainPage.Model(
            shell: shell(text.gateHeading, service: service.title), heading: text.gateHeading,
            paragraphs: [
                text.gateText(service.title, TrustLevel.substantial.label(), TrustLevel.substantial.explanation()),
                text.gateTooLow(TrustLevel.basic.label()),
            ])
        model.buttons = [PostButton(label: text.loginWith("BundID"), action: "/konto/extern/bundid", secondary: false)]
        model.csrfToken = "TOKEN"
        model.links = [(text.serviceLink, "/leistungen/baumfaellung-beantragen")]
        return PlainPage.render(model)
    }

    /// An account made through a provider: no password, one linked sign-in, another provider to connect.
    static var accountExternal: HTML {
        let text = IdentityText.german
        var model = MyApplicationsPage.Model(
            shell: shell("Mein Konto"), email: "anna.schmidt@example.de", rows: [], logoutAction: "/konto/abmelden", csrfToken: "TOKEN")
        model.profile = CitizenProfile(givenName: "Anna", familyName: "Schmidt")
        model.exportPath = "/konto/daten"
        model.profileAction = "/konto/angaben"
        model.emailAction = "/konto/email"
        model.deleteAction = "/konto/loeschen"
        model.hasPassword = false
        model.setPasswordPath = "/konto/passwort-vergessen"
        model.identity = .init(
            accountLevel: text.accountLevel(TrustLevel.high.label(), TrustLevel.high.explanation()), sessionLevel: text.sessionLevel(TrustLevel.high.label()),
            linked: [(text: text.linkedIdentity("BundID", "30.11.2026", "30.11.2026, 10:15"), unlink: nil)],
            connect: [PostButton(label: text.connectWith("Servicekonto Land"), action: "/konto/extern/land")]
        )
        return MyApplicationsPage.render(model)
    }

    /// A password account with two applications, an error on the address change.
    static var accountApplications: HTML {
        var model = MyApplicationsPage.Model(
            shell: shell("Meine Anträge"), email: "juergen@example.de",
            rows: [
                .init(
                    reference: "BAU-2026-K7QM-4XD2", service: service.title, status: "In Bearbeitung", receivedAt: "30.11.2026",
                    path: "/konto/antraege/BAU-2026-K7QM-4XD2"),
                .init(
                    reference: "BAU-2026-0000-0001", service: service.title, status: "Abgeschlossen", receivedAt: "02.11.2026",
                    path: "/konto/antraege/BAU-2026-0000-0001"),
            ],
            logoutAction: "/konto/abmelden", csrfToken: "TOKEN")
        model.profile = CitizenProfile(givenName: "Jürgen", familyName: "Müller")
        model.exportPath = "/konto/daten"
        model.profileAction = "/konto/angaben"
        model.emailAction = "/konto/email"
        model.deleteAction = "/konto/loeschen"
        model.emailError = "Bitte geben Sie eine gültige E-Mail-Adresse an."
        return MyApplicationsPage.render(model)
    }

    /// The applicant's case: decision delivered, an open document request with one item received, messages.
    /// A case handed over through FIT-Connect and rejected by the receiving authority with its reason.
    static var caseStatusAuthority: HTML {
        var model = CaseStatusPage.Model(
            shell: shell("BRU-2026-K7QM-4XD2", service: service.title), reference: "BRU-2026-K7QM-4XD2", serviceTitle: service.title,
            status: "Abgelehnt",
            timeline: [.init(at: "30.11.2026, 10:15", status: "Eingegangen"), .init(at: "30.11.2026, 10:17", status: "Abgelehnt")],
            nextSteps: "Der Antrag ist abgelehnt.", processingTime: nil, backPath: "/konto")
        let words = HandoverText.for(.german)
        model.authority = (
            words.authorityRejected("30.11.2026, 10:17"), (words.authorityReason, "Antrag abgelehnt: Die Behörde ist für diesen Antrag nicht zuständig.")
        )
        return CaseStatusPage.render(model)
    }

    static var caseStatus: HTML {
        var model = CaseStatusPage.Model(
            shell: shell("BAU-2026-K7QM-4XD2", service: service.title, errors: true), reference: "BAU-2026-K7QM-4XD2", serviceTitle: service.title,
            status: "Unterlagen angefordert",
            timeline: [.init(at: "30.11.2026, 10:15", status: "Eingegangen"), .init(at: "01.12.2026, 09:00", status: "Unterlagen angefordert")],
            nextSteps: "Bitte reichen Sie die angeforderten Unterlagen nach.", processingTime: service.processingTime, backPath: "/konto")
        model.receiptPath = "/konto/antraege/BAU-2026-K7QM-4XD2/eingangsbestaetigung"
        model.mailbox = MailboxThread(
            messages: [
                .init(
                    author: "Untere Naturschutzbehörde", sentAt: "01.12.2026, 09:00", body: "Bitte senden Sie Fotos.\nDanke.", isNew: true,
                    files: [("Hinweise.pdf", "/konto/antraege/BAU-2026-K7QM-4XD2/dateien/1")])
            ],
            action: "/konto/antraege/BAU-2026-K7QM-4XD2/nachrichten", csrfToken: "TOKEN", label: "Ihre Nachricht")
        model.decision = (outcome: "Genehmigt", deliveredAt: "02.12.2026", path: "/konto/antraege/BAU-2026-K7QM-4XD2/bescheid", retrieved: false)
        model.redress = service.redress
        model.withdrawAction = "/konto/antraege/BAU-2026-K7QM-4XD2/zuruecknehmen"
        model.csrfToken = "TOKEN"
        model.payment = "40,00 € – abgebrochen, Transaktion T-1"
        model.paymentDue = .init(amount: "40,00 €", action: "/konto/antraege/BAU-2026-K7QM-4XD2/bezahlen", again: true, csrfToken: "TOKEN")
        var request = CaseStatusPage.OpenRequest(
            deadline: "15.12.2026",
            items: [
                .init(document: "Fotos der Bäume", field: "dokument-1", received: ("Foto1.jpg", "/konto/antraege/BAU-2026-K7QM-4XD2/dateien/2")),
                .init(
                    document: "Vollmacht", field: "dokument-3", received: ("Vollmacht.pdf", "/konto/antraege/BAU-2026-K7QM-4XD2/dateien/4"),
                    error: "Die Datei ist größer als 10 MB."),
                .init(document: "Lageplan", field: "dokument-2", error: "Bitte wählen Sie eine Datei aus."),
            ],
            action: "/konto/antraege/BAU-2026-K7QM-4XD2/unterlagen")
        request.keptNote = true
        model.openRequest = request
        model.sentDocuments = [.init(document: "Lageplan", name: "Lageplan.pdf", path: "/konto/antraege/BAU-2026-K7QM-4XD2/dateien/3", sentOn: "30.11.2026")]
        return CaseStatusPage.render(model)
    }

    /// The admin's pages: help texts, the jargon list and the sign-language videos, with a refused save.
    static var adminPages: HTML {
        var model = AdminPagesPage.Model(
            shell: staffShell("Seiten des Portals", errors: true),
            entries: [
                .init(
                    slug: "hilfe", title: "Hilfe", body: "So stellen Sie einen Antrag:\n\n1. Leistung wählen", action: "/intern/seiten/hilfe",
                    viewPath: "/hilfe"),
                .init(
                    slug: "amtswoerter", title: "Amtswörter", body: "gemäß = nach", action: "/intern/seiten/amtswoerter", viewPath: nil,
                    hint: "Eine Zeile je Wort: „Wort = Alternative“."),
            ],
            csrfToken: "TOKEN", error: "Bitte geben Sie einen Text ein.")
        model.videos = [(title: "Einen Antrag stellen", removeAction: "/intern/seiten/videos/1/entfernen")]
        model.videoAction = "/intern/seiten/videos"
        model.videoError = "Bitte wählen Sie ein Video im Format MP4 aus."
        model.enteredVideo = ("Konto anlegen", "Sie legen ein Konto an.")
        return AdminPagesPage.render(model)
    }

    /// The editor's service page: a draft under review with a blocking gate item and two versions.
    static var editorService: HTML {
        var model = EditorServicePage.Model(
            shell: staffShell(service.title, errors: true), service: service, entryAction: "/intern/redaktion/x/eintrag",
            draftAction: "/intern/redaktion/x/entwurf",
            publishAction: "/intern/redaktion/x/veroeffentlichen", csrfToken: "TOKEN", publishedVersion: 1,
            draft: {
                var draft = EditorServicePage.Draft(
                    label: "Entwurf für Version 2", revision: 4,
                    steps: form.steps.enumerated().map { .init(title: $1.title, fieldCount: $1.fields.count, path: "/intern/redaktion/x/schritt/\($0 + 1)") },
                    notes: ["Aus FIM übernommen: 3 Felder"], warnings: ["„Vordruck“ klingt nach Amtssprache: besser „Formular“."])
                draft.ruleCount = 1
                draft.hasFee = true
                return draft
            }(),
            gate: PublishGate.check(service, schema: form), error: "Der Entwurf wurde inzwischen geändert. Bitte laden Sie die Seite neu.",
            backPath: "/intern/redaktion")
        model.versions = [.init(number: 1, publishedAt: "01.11.2026", changes: ["Erste Version"], isCurrent: true)]
        model.review = .init(state: "Zur Prüfung eingereicht", canSend: false, thread: ReviewThread(entries: []), history: ["30.11.2026: zur Prüfung gesendet"])
        model.orgUnitName = "Untere Naturschutzbehörde"
        model.testAction = "/intern/redaktion/x/testantraege"
        model.paymentAction = "/intern/redaktion/x/bezahlung"
        model.testCount = 2
        model.rulesPath = "/intern/redaktion/x/regeln"
        model.entryStamp = "AB12"
        return EditorServicePage.render(model)
    }

    /// The entry and privacy sections of the same page.
    static func editorServiceSection(_ section: EditorServicePage.Section) -> HTML {
        var model = EditorServicePage.Model(
            shell: staffShell(service.title), service: service, entryAction: "/intern/redaktion/x/eintrag", draftAction: "/intern/redaktion/x/entwurf",
            publishAction: "/intern/redaktion/x/veroeffentlichen", csrfToken: "TOKEN", publishedVersion: nil, draft: nil, gate: [], error: nil,
            backPath: "/intern/redaktion/x")
        model.section = section
        model.privacy = .mock
        model.privacyAction = "/intern/redaktion/x/datenschutz"
        model.privacyUpdated = "30.11.2026"
        model.privacySuggestions = ["Lageplan und Fotos"]
        model.orgUnits = [("natur", "Untere Naturschutzbehörde"), ("wasser", "Untere Wasserbehörde")]
        model.orgUnitSlug = "natur"
        model.entryStamp = "AB12"
        return EditorServicePage.render(model)
    }

    /// A retention period that is not a number: named at the top, linked to its field, the input kept.
    static var editorPrivacyWithRefusedPeriod: HTML {
        var model = EditorServicePage.Model(
            shell: staffShell(service.title, errors: true), service: service, entryAction: "/intern/redaktion/x/eintrag",
            draftAction: "/intern/redaktion/x/entwurf", publishAction: "/intern/redaktion/x/veroeffentlichen", csrfToken: "TOKEN", publishedVersion: nil,
            draft: nil, gate: [], error: nil, backPath: "/intern/redaktion/x")
        model.section = .privacy
        model.privacy = .mock
        model.privacyAction = "/intern/redaktion/x/datenschutz"
        model.retentionInput = [RetentionFieldset.countName(.closedCases): "zehn", RetentionFieldset.unitName(.closedCases): "years"]
        let words = RetentionText.german
        model.retentionRefused = (.closedCases, words.notANumber(words.stage(.closedCases)))
        return EditorServicePage.render(model)
    }

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    @Test("Pages match their committed snapshots", arguments: pages.map(\.0))
    func matchesSnapshot(name: String) throws {
        let html = try #require(Self.pages.first { $0.0 == name }).1.rendered
        let file = Self.directory.appendingPathComponent("\(name).html")
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try html.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(html == expected, "snapshot \(name) differs; record again with RECORD_SNAPSHOTS=1 and review the diff")
    }

    @Test("Every page keeps the accessibility and security invariants", arguments: pages.map(\.0))
    func invariants(name: String) throws {
        let html = try #require(Self.pages.first { $0.0 == name }).1.rendered
        #expect(html.components(separatedBy: "<h1").count == 2, "exactly one h1")
        #expect(html.contains(#"<html lang=""#))
        #expect(html.contains(##"<a class="skip-link" href="#inhalt">"##) && html.contains(#"<main id="inhalt""#))
        #expect(!html.contains(" style="), "no inline style")
        #expect(MarkupAsText.find(in: html) == [], "no markup printed as text")
        #expect(!html.contains("<style"), "no style element")
        for script in html.components(separatedBy: "<script").dropFirst() {
            #expect(script.hasPrefix(" src="), "no inline script")
        }
        for form in html.components(separatedBy: #"<form method="post""#).dropFirst() {
            let body = form.components(separatedBy: "</form>")[0]
            #expect(body.contains(#"name="_csrf""#), "every POST form carries the CSRF token")
        }
        for input in html.components(separatedBy: "<input").dropFirst() {
            let tag = input.components(separatedBy: ">")[0]
            if tag.contains(#"type="hidden""#) { continue }
            let id = try #require(tag.components(separatedBy: #"id=""#).dropFirst().first?.components(separatedBy: "\"").first, "input without id: \(tag)")
            #expect(html.contains(#"for="\#(id)""#), "input \(id) has a label")
        }
    }

    /// November 2026 against October, with known figures.
    static func statisticsModel(oneService: Bool) -> StatisticsPage.Model {
        var current = KeyFigures()
        current.started = 1_250
        current.submitted = 940
        current.stepsCompleted = [1: 1_180, 2: 1_020, 3: 960]
        current.processingDays = [2: 10, 5: 30, 12: 8]
        current.stars = [3, 2, 10, 40, 95]
        current.contactMessages = 47
        current.documentRequests = 12
        current.withdrawals = 4
        var before = KeyFigures()
        before.started = 1_000
        before.submitted = 700
        before.processingDays = [3: 20, 6: 20]
        before.stars = [1, 1, 5, 20, 30]
        before.contactMessages = 50
        let period = StatisticsPeriod.month(year: 2026, month: 11, today: LocalDate(year: 2026, month: 12, day: 2)!)
        var days: [EventCount] = []
        for day in 0..<30 {
            let date = period.start.adding(days: day)
            days.append(EventCount(bucket: date.iso, kind: .submissionReceived, serviceID: nil, count: 20 + (day * 7) % 25))
            days.append(EventCount(bucket: date.iso, kind: .formStarted, serviceID: nil, count: 30 + (day * 5) % 20))
        }
        var model = StatisticsPage.Model(
            shell: staffShell("Statistik"), action: "/intern/statistik", choice: period.choice, years: [2026, 2025],
            services: [.init(slug: "baumfaellung-beantragen", title: "Baumfällung beantragen"), .init(slug: "hund-anmelden", title: "Hund anmelden")],
            serviceSlug: oneService ? "baumfaellung-beantragen" : "", commentsPath: "/intern/statistik/kommentare")
        model.figures = StatisticsPage.Figures(
            period: period, previous: period.previous, current: current, before: before, series: StatisticsSeries(period: period, counts: days),
            stepTitles: oneService ? [1: "Angaben zum Baum", 2: "Lageplan & Fotos", 3: "Antragsteller:in"] : nil,
            services: oneService ? [] : [("Baumfällung beantragen", current), ("Hund anmelden", KeyFigures())])
        for table in StatisticsPage.Table.allCases { model.csvPaths[table] = "/intern/statistik/\(table.rawValue).csv?zeitraum=monat&jahr=2026&monat=11" }
        return model
    }
}

@Suite("Snapshot coverage")
struct SnapshotCoverageTests {
    /// A new page type gets a snapshot: every `…Page` in PortalViews is rendered in `PageSnapshotTests`.
    @Test func everyPageTypeHasASnapshot() throws {
        let here = URL(fileURLWithPath: #filePath)
        let views = here.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/PortalViews")
        let source = try String(contentsOf: here, encoding: .utf8)
        let pageTypes = try FileManager.default.contentsOfDirectory(atPath: views.path)
            .filter { $0.hasSuffix("Page.swift") }
            .map { String($0.dropLast(".swift".count)) }
        #expect(pageTypes.count >= 28)
        for type in pageTypes {
            #expect(source.contains("\(type).render("), "\(type) has no snapshot")
        }
    }
}

@Suite("Form components")
struct FormComponentTests {
    /// Forms and controls come from `PortalViews/Components` only: a page that writes its own
    /// `<form>` could forget the CSRF token, its own `<input>` the label's `for` or the error's description.
    @Test func noPageWritesFormMarkupByHand() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("PortalViews/Components/") }
        #expect(files.count > 100)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            // The tag with a space or `>` after it: `<formularversion>` in the hand-over XML is no form.
            for tag in ["<form", "<input", "<select", "<textarea"] where [" ", ">", "\n", "\\"].contains(where: { text.contains(tag + $0) }) {
                Issue.record("\(file) writes \(tag) by hand; use a component from PortalViews/Components")
            }
        }
    }

    @Test func postFormCarriesTheTokenFirstAndEscapesHiddenValues() {
        let form = PostForm(
            action: "/a?x=1&y=2", csrfToken: "T\"", hidden: [("revision", "3"), ("zurueck", "/b\"><script>")], class: "inline-form",
            encoding: .multipart, noValidate: true, content: "<button type=\"submit\">Senden</button>"
        ).html.rendered
        #expect(
            form == """
                <form method="post" action="/a?x=1&amp;y=2" class="inline-form" enctype="multipart/form-data" novalidate>
                <input type="hidden" name="_csrf" value="T&quot;"><input type="hidden" name="revision" value="3"><input type="hidden" name="zurueck" value="/b&quot;&gt;&lt;script&gt;">
                <button type="submit">Senden</button>
                </form>
                """)
    }

    @Test func labelledFieldDescribesTheInputByHintAndError() {
        let html = TextInput(id: "plz", name: "plz", value: "<1>", isShort: true, inputMode: "numeric")
            .field("Postleitzahl", hint: "Fünf Ziffern", error: "Bitte fünf Ziffern angeben.", errorPrefix: "Fehler:").html.rendered
        #expect(
            html == """
                <div class="field field-error">
                <label class="label" for="plz">Postleitzahl</label>
                <p class="hint" id="plz-hinweis">Fünf Ziffern</p><p class="error-message" id="plz-fehler"><span class="visually-hidden">Fehler: </span>Bitte fünf Ziffern angeben.</p>\
                <input class="input input-short" id="plz" name="plz" type="text" value="&lt;1&gt;" inputmode="numeric" aria-describedby="plz-hinweis plz-fehler" aria-invalid="true">
                </div>
                """)
    }

    @Test func textStandingAloneIsEscaped() {
        #expect(HTML(text: "<b>&\"").rendered == "&lt;b&gt;&amp;&quot;")
        #expect(Checkbox(id: "c", name: "c", label: "<i>").html.rendered.contains("<label class=\"choice-label\" for=\"c\">&lt;i&gt;</label>"))
    }

    @Test func qrCodeImageIsLabelledScalableSVG() throws {
        let code = try #require(QRCode(text: "otpauth://totp/x?secret=GEZDGNBV"))
        let svg = QRCodeImage(code: code, label: "QR-Code für „Anna <Schäfer>“").html.rendered
        #expect(svg.hasPrefix(#"<svg class="qr-code" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \#(code.size + 8) \#(code.size + 8)" role="img""#))
        #expect(svg.contains(#"aria-label="QR-Code für „Anna &lt;Schäfer&gt;“""#))
        #expect(svg.components(separatedBy: "h1v1h-1z").count - 1 == code.modules.joined().filter { $0 }.count)
    }
}
