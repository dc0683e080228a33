import Foundation
import Hummingbird
import PortalCore
import PortalViews

/// Every URL of the portal. The router registers `pattern`s and pages print `path`s from the same
/// cases, so a link cannot point at a route that does not exist.
public enum SiteRoute: Hashable, Sendable {
    case home
    case service(slug: String)
    case servicePrivacy(slug: String)
    case serviceContact(slug: String)
    case contactMessages
    /// The rating form (footer of every page; the confirmation page posts to it too).
    case feedback
    /// Open data (issue 17): satisfaction and usage per service and month, without login.
    case openData(OpenDataFile)
    /// The page that lists the open data for people.
    case openDataIndex
    /// The Zustelldienst's callback when submissions wait for the portal's FIT-Connect destination.
    case fitConnectCallback
    /// The JSON Schema of a form version's Fachdaten as FIT-Connect carries them (`Fachdaten`).
    case fachdatenSchema(service: String, version: Int)
    /// Comments given with ratings, for staff to publish or hide; one comment's moderation.
    case ratingComments
    case ratingComment(id: String)
    /// The statistics dashboard and its tables as CSV (the period chosen in the query).
    case statistics
    case statisticsTable(StatisticsPage.Table)
    case adminPages
    case adminPage(slug: String)
    case adminSignLanguageVideos
    case adminSignLanguageVideoRemove(id: String)
    /// A sign language video's file: `video.mp4` or `untertitel.vtt`.
    case signLanguageMedia(id: String, file: String)
    case formStart(slug: String)
    case formStep(slug: String, step: Int)
    case formCheck(slug: String)
    case formReceived(slug: String)
    case formFile(slug: String, id: String)
    case formSaved(slug: String)
    case formResumed(slug: String)
    /// An application waiting for its payment: where the platform sends the applicant back to.
    case payment(id: String)
    /// The demo's test platform's pay page (only when no platform is configured).
    case testPayPage(id: String)
    /// A service's payment settings in the editor; the Kasse's list of payments, and as CSV.
    case editorPayment(slug: String)
    case payments
    case paymentsExport
    /// The payment platform's settings and "Verbindung testen" (admins).
    case adminPaymentPlatform
    case resume(token: String)
    case staffFile(reference: String, id: String)
    case legal(LegalPage)
    case language(code: String, returnTo: String)
    case extendSession
    case staffLogin
    case staffLogout
    /// The second step of a staff sign-in: the code from the authenticator app or a recovery code.
    case staffSignInCode
    /// Sign-in through the authority's directory: the button (POST) and where the directory sends the browser back.
    case staffDirectorySignIn
    case staffDirectoryReturn
    /// Setting up the second factor (during a sign-in that requires it, or from one's own access page).
    case staffSecondFactor
    case staffOwnAccess
    case staffOwnPassword
    case staffOwnEmail
    /// The link that confirms a staff member's new address.
    case staffEmailConfirm(token: String)
    /// The mailed link of an invitation or a password reset.
    case staffSetPassword(token: String)
    case administration
    case adminStaff
    case adminStaffAccount(id: String)
    case adminAPIKeys
    case adminOrgUnits
    case adminOrgUnit(id: String)
    case adminAPIKeyRevoke(id: String)
    /// The hand-over channels of every service.
    case adminHandover
    case adminHandoverRemove(id: String)
    case adminHandoverRotate(id: String)
    /// The portal's name, logo, accent colour and contact address.
    case adminSettings
    /// The logo from the settings, named after its content (`3fa2c1d07b.png`).
    case portalLogo(file: String)
    /// `:root { --brand: … }` for an accent colour (`1a5e20.css`): the colour is the address, so it is cached for good.
    case accentStylesheet(file: String)
    case inbox(InboxFilter)
    case staffSubmission(reference: String)
    case staffStatus(reference: String)
    case staffAssignment(reference: String)
    /// The status of several cases of the inbox at once.
    case staffBulkStatus
    case staffSavedViews
    case staffSavedViewDelete(id: String)
    case staffNotes(reference: String)
    case staffFollowUp(reference: String)
    /// Sets or lifts the legal hold that keeps a case from deletion.
    case staffLegalHold(reference: String)
    /// Sends a failed hand-over through one channel again.
    case staffDeliveryRetry(reference: String, channel: String)
    case editorHome
    case editorCreate
    case editorService(slug: String)
    case editorEntry(slug: String)
    case editorDraft(slug: String)
    case editorStep(slug: String, step: Int)
    case editorField(slug: String, step: Int, key: String)
    case editorPreview(slug: String, step: Int)
    case editorPublish(slug: String)
    case editorPrivacy(slug: String)
    case editorRules(slug: String)
    case testStart(slug: String)
    case testEnd(slug: String)
    case accountRegister
    case accountVerify(token: String)
    case accountLogin
    case accountLogout
    case accountForgot
    case accountReset(token: String)
    case accountHome
    case accountCase(reference: String)
    case caseLookup
    case caseStatus(reference: String)
    case accountReceipt(reference: String)
    case caseReceipt(reference: String)
    case accountMessages(reference: String)
    case caseMessages(reference: String)
    case staffMessages(reference: String)
    case accountWithdraw(reference: String)
    case caseWithdraw(reference: String)
    /// Paying a fee the case worker set (policy `deferred`), from the account or the case page.
    case accountPay(reference: String)
    case casePay(reference: String)
    /// The case worker asks for the fee, or withdraws the request.
    case staffPaymentRequest(reference: String)
    case accountDecision(reference: String)
    case caseDecision(reference: String)
    case staffDecision(reference: String)
    case staffDocumentRequest(reference: String)
    case accountDocuments(reference: String)
    case accountExport
    case accountFile(reference: String, id: String)
    case caseFile(reference: String, id: String)
    case accountProfile
    case accountEmail
    case accountEmailConfirm(token: String)
    case accountDelete
    /// Starts signing in (or connecting) through an identity provider.
    case accountExternalStart(provider: String)
    /// Where the identity provider sends the browser back.
    case accountExternalReturn(provider: String)
    case accountExternalUnlink(provider: String)
    case caseDocuments(reference: String)
    case reviewHome
    case processingRecords
    /// What the retention run deleted (privacy officers), and the same as CSV.
    case deletionLog
    case deletionLogExport
    /// The audit trail: one case by reference, and a period as CSV (admins, privacy officers).
    case auditTrail
    case auditExport
    /// Overseers set or lift a case's legal hold from its trail.
    case auditLegalHold(reference: String)
    case review(slug: String)
    case stylesheet
    case script
    case health
    case readiness
    case openAPI
    case apiServices
    case apiServiceForm(slug: String)
    case apiSubmissionsOfService(slug: String)
    case apiSubmissions
    case apiSubmission(reference: String)
    /// One file of a submission, streamed, with its SHA-256 (the links in the webhook's body).
    case apiSubmissionFile(reference: String, file: String)
    /// The Fachverfahren confirms it has the submission (the pull channel's delivery).
    case apiSubmissionAcknowledgement(reference: String)
    /// The Fachverfahren sets the status and writes to the applicant (write-back).
    case apiSubmissionStatus(reference: String)
    case apiSubmissionMessages(reference: String)
    case apiSubmissionDocumentRequests(reference: String)
    case apiSubmissionDecision(reference: String)

    /// The inbox's query parameters.
    public struct InboxFilter: Hashable, Sendable {
        public var service: String?
        public var status: String?
        public var search: String?
        public var before: Int64?
        /// `meine` (the reader's cases) or `offen` (nobody's); nil: all.
        public var view: String?
        /// `faellig`, `ueberfaellig` or `wiedervorlage`; nil: all.
        public var deadline: String?
        /// Received from and until (TT.MM.JJJJ, as typed).
        public var from: String?
        public var to: String?
        /// `frist` or `status`; nil: newest first.
        public var order: String?

        public init(
            service: String? = nil, status: String? = nil, search: String? = nil, before: Int64? = nil, view: String? = nil, deadline: String? = nil,
            from: String? = nil, to: String? = nil
        ) {
            self.from = from
            self.to = to
            self.deadline = deadline
            self.view = view
            self.service = service
            self.status = status
            self.search = search
            self.before = before
        }
    }

    public enum LegalPage: String, CaseIterable, Sendable {
        case imprint = "impressum"
        case privacy = "datenschutz"
        case accessibility = "barrierefreiheit"
        case contact = "kontakt"
        case help = "hilfe"
        case easyLanguage = "leichte-sprache"
        case signLanguage = "gebaerdensprache"
    }

    /// The concrete path for links.
    public var path: String {
        switch self {
        case .home: "/"
        case .service(let slug): "/leistungen/\(Self.escape(slug))"
        case .servicePrivacy(let slug): "/leistungen/\(Self.escape(slug))/datenschutz"
        case .serviceContact(let slug): "/leistungen/\(Self.escape(slug))/kontakt"
        case .contactMessages: "/intern/nachrichten"
        case .feedback: "/rueckmeldung"
        case .openData(let file): "/opendata/\(file.rawValue)"
        case .openDataIndex: "/opendata"
        case .fitConnectCallback: "/api/v1/fit-connect/callback"
        case .fachdatenSchema(let slug, let version): "/schemas/fachdaten/\(Self.escape(slug))/\(version)"
        case .ratingComments: "/intern/statistik/kommentare"
        case .ratingComment(let id): "/intern/statistik/kommentare/\(Self.escape(id))"
        case .statistics: "/intern/statistik"
        case .statisticsTable(let table): "/intern/statistik/\(table.rawValue).csv"
        case .adminPages: "/intern/seiten"
        case .adminPage(let slug): "/intern/seiten/\(Self.escape(slug))"
        case .adminSignLanguageVideos: "/intern/seiten/gebaerdensprache/videos"
        case .adminSignLanguageVideoRemove(let id): "/intern/seiten/gebaerdensprache/videos/\(Self.escape(id))/entfernen"
        case .signLanguageMedia(let id, let file): "/gebaerdensprache/videos/\(Self.escape(id))/\(Self.escape(file))"
        case .formStart(let slug): "/leistungen/\(Self.escape(slug))/antrag"
        case .formStep(let slug, let step): "/leistungen/\(Self.escape(slug))/antrag/schritt/\(step)"
        case .formCheck(let slug): "/leistungen/\(Self.escape(slug))/antrag/pruefen"
        case .formReceived(let slug): "/leistungen/\(Self.escape(slug))/antrag/eingegangen"
        case .formFile(let slug, let id): "/leistungen/\(Self.escape(slug))/antrag/dateien/\(Self.escape(id))"
        case .formSaved(let slug): "/leistungen/\(Self.escape(slug))/antrag/gespeichert"
        case .formResumed(let slug): "/leistungen/\(Self.escape(slug))/antrag/fortgesetzt"
        case .payment(let id): "/bezahlung/\(Self.escape(id))"
        case .testPayPage(let id): "/testzahlung/\(Self.escape(id))"
        case .editorPayment(let slug): "/intern/redaktion/leistungen/\(Self.escape(slug))/bezahlung"
        case .payments: "/intern/zahlungen"
        case .paymentsExport: "/intern/zahlungen.csv"
        case .adminPaymentPlatform: "/intern/verwaltung/zahlungsplattform"
        case .resume(let token): "/fortsetzen/\(Self.escape(token))"
        case .staffFile(let reference, let id): "/intern/antraege/\(Self.escape(reference))/dateien/\(Self.escape(id))"
        case .legal(let page): "/\(page.rawValue)"
        case .language(let code, let returnTo): "/sprache/\(code)?zurueck=" + Self.escapeQuery(returnTo)
        case .extendSession: "/sitzung/verlaengern"
        case .staffLogin: "/intern/anmelden"
        case .staffLogout: "/intern/abmelden"
        case .staffSignInCode: "/intern/anmelden/code"
        case .staffDirectorySignIn: "/intern/anmelden/verzeichnis"
        case .staffDirectoryReturn: "/intern/anmelden/verzeichnis/rueckkehr"
        case .staffSecondFactor: "/intern/zwei-faktor"
        case .staffOwnAccess: "/intern/zugang"
        case .staffOwnPassword: "/intern/zugang/passwort"
        case .staffOwnEmail: "/intern/zugang/email"
        case .staffEmailConfirm(let token): "/intern/email-bestaetigen/\(Self.escape(token))"
        case .staffSetPassword(let token): "/intern/passwort/\(Self.escape(token))"
        case .administration: "/intern/verwaltung"
        case .adminStaff: "/intern/verwaltung/mitarbeitende"
        case .adminStaffAccount(let id): "/intern/verwaltung/mitarbeitende/\(Self.escape(id))"
        case .adminAPIKeys: "/intern/verwaltung/api-schluessel"
        case .adminOrgUnits: "/intern/verwaltung/einheiten"
        case .adminOrgUnit(let id): "/intern/verwaltung/einheiten/\(Self.escape(id))"
        case .adminAPIKeyRevoke(let id): "/intern/verwaltung/api-schluessel/\(Self.escape(id))/widerrufen"
        case .adminHandover: "/intern/verwaltung/uebergabe"
        case .adminHandoverRemove(let id): "/intern/verwaltung/uebergabe/\(Self.escape(id))/entfernen"
        case .adminHandoverRotate(let id): "/intern/verwaltung/uebergabe/\(Self.escape(id))/geheimnis"
        case .adminSettings: "/intern/verwaltung/einstellungen"
        case .portalLogo(let file): "/logo/\(Self.escape(file))"
        case .accentStylesheet(let file): "/darstellung/\(Self.escape(file))"
        case .inbox(let filter):
            "/intern/eingang"
                + Self.query([
                    ("ansicht", filter.view), ("frist", filter.deadline), ("leistung", filter.service), ("status", filter.status), ("suche", filter.search),
                    ("von", filter.from), ("bis", filter.to), ("sortierung", filter.order), ("vor", filter.before.map(String.init)),
                ])
        case .staffSubmission(let reference): "/intern/antraege/\(Self.escape(reference))"
        case .staffStatus(let reference): "/intern/antraege/\(Self.escape(reference))/status"
        case .staffBulkStatus: "/intern/eingang/status"
        case .staffSavedViews: "/intern/eingang/ansichten"
        case .staffSavedViewDelete(let id): "/intern/eingang/ansichten/\(Self.escape(id))/loeschen"
        case .staffAssignment(let reference): "/intern/antraege/\(Self.escape(reference))/zustaendigkeit"
        case .staffNotes(let reference): "/intern/antraege/\(Self.escape(reference))/notizen"
        case .staffFollowUp(let reference): "/intern/antraege/\(Self.escape(reference))/wiedervorlage"
        case .staffLegalHold(let reference): "/intern/antraege/\(Self.escape(reference))/loeschsperre"
        case .staffDeliveryRetry(let reference, let channel): "/intern/antraege/\(Self.escape(reference))/uebergabe/\(Self.escape(channel))/erneut"
        case .editorHome: "/intern/redaktion"
        case .editorCreate: "/intern/redaktion/leistungen"
        case .editorService(let slug): "/intern/redaktion/leistungen/\(Self.escape(slug))"
        case .editorEntry(let slug): "/intern/redaktion/leistungen/\(Self.escape(slug))/eintrag"
        case .editorDraft(let slug): "/intern/redaktion/leistungen/\(Self.escape(slug))/entwurf"
        case .editorStep(let slug, let step): "/intern/redaktion/leistungen/\(Self.escape(slug))/entwurf/schritte/\(step)"
        case .editorField(let slug, let step, let key): "/intern/redaktion/leistungen/\(Self.escape(slug))/entwurf/schritte/\(step)/felder/\(Self.escape(key))"
        case .editorPreview(let slug, let step): "/intern/redaktion/leistungen/\(Self.escape(slug))/entwurf/schritte/\(step)/vorschau"
        case .editorPublish(let slug): "/intern/redaktion/leistungen/\(Self.escape(slug))/veroeffentlichen"
        case .editorPrivacy(let slug): "/intern/redaktion/leistungen/\(Self.escape(slug))/datenschutz"
        case .editorRules(let slug): "/intern/redaktion/leistungen/\(Self.escape(slug))/entwurf/regeln"
        case .testStart(let slug): "/intern/test/\(Self.escape(slug))"
        case .testEnd(let slug): "/leistungen/\(Self.escape(slug))/antrag/test-beenden"
        case .accountRegister: "/konto/registrieren"
        case .accountVerify(let token): "/konto/bestaetigen/\(Self.escape(token))"
        case .accountLogin: "/konto/anmelden"
        case .accountLogout: "/konto/abmelden"
        case .accountForgot: "/konto/passwort-vergessen"
        case .accountReset(let token): "/konto/passwort-neu/\(Self.escape(token))"
        case .accountHome: "/konto"
        case .accountCase(let reference): "/konto/antraege/\(Self.escape(reference))"
        case .caseLookup: "/vorgang"
        case .caseStatus(let reference): "/vorgang/\(Self.escape(reference))"
        case .accountReceipt(let reference): "/konto/antraege/\(Self.escape(reference))/eingangsbestaetigung.pdf"
        case .caseReceipt(let reference): "/vorgang/\(Self.escape(reference))/eingangsbestaetigung.pdf"
        case .accountMessages(let reference): "/konto/antraege/\(Self.escape(reference))/nachrichten"
        case .caseMessages(let reference): "/vorgang/\(Self.escape(reference))/nachrichten"
        case .staffMessages(let reference): "/intern/antraege/\(Self.escape(reference))/nachrichten"
        case .accountWithdraw(let reference): "/konto/antraege/\(Self.escape(reference))/zurueckziehen"
        case .caseWithdraw(let reference): "/vorgang/\(Self.escape(reference))/zurueckziehen"
        case .accountPay(let reference): "/konto/antraege/\(Self.escape(reference))/bezahlen"
        case .casePay(let reference): "/vorgang/\(Self.escape(reference))/bezahlen"
        case .staffPaymentRequest(let reference): "/intern/antraege/\(Self.escape(reference))/zahlung"
        case .accountDecision(let reference): "/konto/antraege/\(Self.escape(reference))/bescheid"
        case .caseDecision(let reference): "/vorgang/\(Self.escape(reference))/bescheid"
        case .staffDecision(let reference): "/intern/antraege/\(Self.escape(reference))/bescheid"
        case .staffDocumentRequest(let reference): "/intern/antraege/\(Self.escape(reference))/nachforderung"
        case .accountDocuments(let reference): "/konto/antraege/\(Self.escape(reference))/unterlagen"
        case .accountExport: "/konto/daten"
        case .accountFile(let reference, let id): "/konto/antraege/\(Self.escape(reference))/dateien/\(Self.escape(id))"
        case .caseFile(let reference, let id): "/vorgang/\(Self.escape(reference))/dateien/\(Self.escape(id))"
        case .accountProfile: "/konto/angaben"
        case .accountEmail: "/konto/email"
        case .accountEmailConfirm(let token): "/konto/email-bestaetigen/\(Self.escape(token))"
        case .accountDelete: "/konto/loeschen"
        case .accountExternalStart(let provider): "/konto/extern/\(Self.escape(provider))"
        case .accountExternalReturn(let provider): "/konto/extern/\(Self.escape(provider))/rueckkehr"
        case .accountExternalUnlink(let provider): "/konto/extern/\(Self.escape(provider))/trennen"
        case .caseDocuments(let reference): "/vorgang/\(Self.escape(reference))/unterlagen"
        case .reviewHome: "/intern/pruefung"
        case .processingRecords: "/intern/datenschutz"
        case .deletionLog: "/intern/datenschutz/loeschprotokoll"
        case .deletionLogExport: "/intern/datenschutz/loeschprotokoll.csv"
        case .auditTrail: "/intern/protokoll"
        case .auditLegalHold(let reference): "/intern/protokoll/\(Self.escape(reference))/loeschsperre"
        case .auditExport: "/intern/protokoll/export"
        case .review(let slug): "/intern/pruefung/\(Self.escape(slug))"
        case .stylesheet: "/assets/portal.css"
        case .script: "/assets/portal.js"
        case .health: "/healthz"
        case .readiness: "/readyz"
        case .openAPI: "/api/v1/openapi.yaml"
        case .apiServices: "/api/v1/services"
        case .apiServiceForm(let slug): "/api/v1/services/\(Self.escape(slug))/form"
        case .apiSubmissionsOfService(let slug): "/api/v1/services/\(Self.escape(slug))/submissions"
        case .apiSubmissions: "/api/v1/submissions"
        case .apiSubmission(let reference): "/api/v1/submissions/\(Self.escape(reference))"
        case .apiSubmissionFile(let reference, let file): "/api/v1/submissions/\(Self.escape(reference))/files/\(Self.escape(file))"
        case .apiSubmissionAcknowledgement(let reference): "/api/v1/submissions/\(Self.escape(reference))/acknowledgement"
        case .apiSubmissionStatus(let reference): "/api/v1/submissions/\(Self.escape(reference))/status"
        case .apiSubmissionMessages(let reference): "/api/v1/submissions/\(Self.escape(reference))/messages"
        case .apiSubmissionDocumentRequests(let reference): "/api/v1/submissions/\(Self.escape(reference))/document-requests"
        case .apiSubmissionDecision(let reference): "/api/v1/submissions/\(Self.escape(reference))/decision"
        }
    }

    /// The pattern the router matches, with `:name` for parameters.
    public var pattern: RouterPath { RouterPath(patternText) }

    var patternText: String {
        switch self {
        case .service: "/leistungen/:slug"
        case .servicePrivacy: "/leistungen/:slug/datenschutz"
        case .serviceContact: "/leistungen/:slug/kontakt"
        case .adminPage: "/intern/seiten/:slug"
        case .adminSignLanguageVideoRemove: "/intern/seiten/gebaerdensprache/videos/:id/entfernen"
        case .signLanguageMedia: "/gebaerdensprache/videos/:id/:file"
        case .formStart: "/leistungen/:slug/antrag"
        case .formStep: "/leistungen/:slug/antrag/schritt/:step"
        case .formCheck: "/leistungen/:slug/antrag/pruefen"
        case .formReceived: "/leistungen/:slug/antrag/eingegangen"
        case .formFile: "/leistungen/:slug/antrag/dateien/:id"
        case .formSaved: "/leistungen/:slug/antrag/gespeichert"
        case .formResumed: "/leistungen/:slug/antrag/fortgesetzt"
        case .payment: "/bezahlung/:id"
        case .testPayPage: "/testzahlung/:id"
        case .editorPayment: "/intern/redaktion/leistungen/:slug/bezahlung"
        case .resume: "/fortsetzen/:token"
        case .staffFile: "/intern/antraege/:reference/dateien/:id"
        case .language: "/sprache/:code"
        case .inbox: "/intern/eingang"
        case .staffSubmission: "/intern/antraege/:reference"
        case .staffStatus: "/intern/antraege/:reference/status"
        case .staffAssignment: "/intern/antraege/:reference/zustaendigkeit"
        case .staffNotes: "/intern/antraege/:reference/notizen"
        case .staffFollowUp: "/intern/antraege/:reference/wiedervorlage"
        case .staffLegalHold: "/intern/antraege/:reference/loeschsperre"
        case .ratingComment: "/intern/statistik/kommentare/:id"
        case .auditLegalHold: "/intern/protokoll/:reference/loeschsperre"
        case .staffDeliveryRetry: "/intern/antraege/:reference/uebergabe/:channel/erneut"
        case .staffSavedViewDelete: "/intern/eingang/ansichten/:id/loeschen"
        case .editorService: "/intern/redaktion/leistungen/:slug"
        case .editorEntry: "/intern/redaktion/leistungen/:slug/eintrag"
        case .editorDraft: "/intern/redaktion/leistungen/:slug/entwurf"
        case .editorStep: "/intern/redaktion/leistungen/:slug/entwurf/schritte/:step"
        case .editorField: "/intern/redaktion/leistungen/:slug/entwurf/schritte/:step/felder/:key"
        case .editorPreview: "/intern/redaktion/leistungen/:slug/entwurf/schritte/:step/vorschau"
        case .editorPublish: "/intern/redaktion/leistungen/:slug/veroeffentlichen"
        case .editorPrivacy: "/intern/redaktion/leistungen/:slug/datenschutz"
        case .editorRules: "/intern/redaktion/leistungen/:slug/entwurf/regeln"
        case .testStart: "/intern/test/:slug"
        case .testEnd: "/leistungen/:slug/antrag/test-beenden"
        case .accountVerify: "/konto/bestaetigen/:token"
        case .accountReset: "/konto/passwort-neu/:token"
        case .accountCase: "/konto/antraege/:reference"
        case .caseStatus: "/vorgang/:reference"
        case .accountReceipt: "/konto/antraege/:reference/eingangsbestaetigung.pdf"
        case .caseReceipt: "/vorgang/:reference/eingangsbestaetigung.pdf"
        case .accountMessages: "/konto/antraege/:reference/nachrichten"
        case .caseMessages: "/vorgang/:reference/nachrichten"
        case .staffMessages: "/intern/antraege/:reference/nachrichten"
        case .accountWithdraw: "/konto/antraege/:reference/zurueckziehen"
        case .caseWithdraw: "/vorgang/:reference/zurueckziehen"
        case .accountPay: "/konto/antraege/:reference/bezahlen"
        case .casePay: "/vorgang/:reference/bezahlen"
        case .staffPaymentRequest: "/intern/antraege/:reference/zahlung"
        case .accountDecision: "/konto/antraege/:reference/bescheid"
        case .caseDecision: "/vorgang/:reference/bescheid"
        case .staffDecision: "/intern/antraege/:reference/bescheid"
        case .staffDocumentRequest: "/intern/antraege/:reference/nachforderung"
        case .accountDocuments: "/konto/antraege/:reference/unterlagen"
        case .accountEmailConfirm: "/konto/email-bestaetigen/:token"
        case .accountFile: "/konto/antraege/:reference/dateien/:id"
        case .accountExternalStart: "/konto/extern/:provider"
        case .accountExternalReturn: "/konto/extern/:provider/rueckkehr"
        case .accountExternalUnlink: "/konto/extern/:provider/trennen"
        case .caseFile: "/vorgang/:reference/dateien/:id"
        case .caseDocuments: "/vorgang/:reference/unterlagen"
        case .review: "/intern/pruefung/:slug"
        case .staffSetPassword: "/intern/passwort/:token"
        case .staffEmailConfirm: "/intern/email-bestaetigen/:token"
        case .adminStaffAccount: "/intern/verwaltung/mitarbeitende/:id"
        case .adminAPIKeyRevoke: "/intern/verwaltung/api-schluessel/:id/widerrufen"
        case .adminHandoverRemove: "/intern/verwaltung/uebergabe/:id/entfernen"
        case .adminHandoverRotate: "/intern/verwaltung/uebergabe/:id/geheimnis"
        case .portalLogo: "/logo/:file"
        case .accentStylesheet: "/darstellung/:file"
        case .adminOrgUnit: "/intern/verwaltung/einheiten/:id"
        case .fachdatenSchema: "/schemas/fachdaten/:slug/:version"
        case .apiServiceForm: "/api/v1/services/:slug/form"
        case .apiSubmissionsOfService: "/api/v1/services/:slug/submissions"
        case .apiSubmission: "/api/v1/submissions/:reference"
        case .apiSubmissionFile: "/api/v1/submissions/:reference/files/:file"
        case .apiSubmissionAcknowledgement: "/api/v1/submissions/:reference/acknowledgement"
        case .apiSubmissionStatus: "/api/v1/submissions/:reference/status"
        case .apiSubmissionMessages: "/api/v1/submissions/:reference/messages"
        case .apiSubmissionDocumentRequests: "/api/v1/submissions/:reference/document-requests"
        case .apiSubmissionDecision: "/api/v1/submissions/:reference/decision"
        default: path
        }
    }

    /// A path as mails and pages give it out: absolute when the portal knows its public address.
    public static func absolute(_ path: String, base: String?) -> String {
        guard let base, !base.isEmpty else { return path }
        return (base.hasSuffix("/") ? String(base.dropLast()) : base) + path
    }

    /// The path as it may appear in logs: resume, confirmation and reset tokens are secrets and are cut off.
    public static func loggable(_ path: String) -> String {
        for prefix in [
            "/fortsetzen/", "/konto/bestaetigen/", "/konto/passwort-neu/", "/konto/email-bestaetigen/", "/intern/passwort/", "/intern/email-bestaetigen/",
        ]
        where path.hasPrefix(prefix) {
            return prefix + "…"
        }
        return path
    }

    /// A local path to come back to, or nil when `text` could lead off the site (`//evil`, `https:`).
    public static func safeReturnPath(_ text: String?) -> String? {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"), text.count < 500,
            !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { return nil }
        return text
    }

    private static func escape(_ segment: String) -> String {
        // Slugs and references are plain ASCII; only other text needs encoding.
        if segment.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x5F }) {
            return segment
        }
        return segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(["/", "?", "#"])) ?? segment
    }

    /// The dashboard, or one of its tables, for a chosen period and service.
    public static func statistics(_ table: StatisticsPage.Table?, choice: StatisticsPeriod.Choice, service: String) -> String {
        (table.map { SiteRoute.statisticsTable($0) } ?? .statistics).path
            + query([
                ("zeitraum", choice.kind), ("jahr", choice.year), ("monat", choice.month), ("quartal", choice.quarter), ("von", choice.from),
                ("bis", choice.to), ("leistung", service),
            ])
    }

    private static func query(_ items: [(String, String?)]) -> String {
        let present = items.compactMap { name, value in value.flatMap { $0.isEmpty ? nil : name + "=" + escapeQuery($0) } }
        return present.isEmpty ? "" : "?" + present.joined(separator: "&")
    }

    private static func escapeQuery(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(["-", "_", ".", "~", "/"])) ?? ""
    }
}

extension SiteRoute {
    /// The files under `/opendata/`.
    public enum OpenDataFile: String, CaseIterable, Sendable {
        case satisfactionCSV = "satisfaction.csv"
        case satisfactionJSON = "satisfaction.json"
        case usageCSV = "usage.csv"
        case usageJSON = "usage.json"
        case catalogTurtle = "catalog.ttl"
        case catalogJSONLD = "catalog.jsonld"
    }
}
