import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PortalApp
import PortalCore
import PortalTestSupport
import SQLKit
import Testing

/// Every route the router has, called as every role against objects of citizen A and org unit X.
/// The routes come from the router itself (which registers them from `SiteRoute`), so a route
/// added without a line in `expectations` fails this test.
@Suite("Access matrix: every route, every role")
struct AccessMatrixTests {
    enum Role: String, CaseIterable, Sendable {
        case anonymous, citizenA, citizenB, codeHolderA, workerX, workerY, editorX, reviewerX, privacyOfficer, admin, apiKeyX, apiKeyY
    }

    /// Who may get an answer with content (2xx) from a route, and whether the test insists that one
    /// of them does (routes given a made-up token or file answer no one).
    struct Access {
        /// nil: public, anyone may.
        var allowed: Set<Role>?
        var exercised = true

        static let everyone = Access(allowed: nil)
        static func only(_ roles: Set<Role>, exercised: Bool = true) -> Access { Access(allowed: roles, exercised: exercised) }
    }

    /// The objects the matrix works on.
    struct Objects {
        var reference: String
        var fileID: String
        var slug = "brunnenbohrung-anzeigen"
        var draftSlug = "matrix-leistung"
        var token = String(repeating: "A", count: 43)
        /// Case worker X's account, for the admin's pages.
        var staffID = ""
    }

    static let staff: Set<Role> = [.workerX, .workerY, .editorX, .reviewerX, .privacyOfficer, .admin]
    static let accounts: Set<Role> = [.citizenA, .citizenB]

    /// (method and pattern as the router prints it) → (concrete path, access).
    static func expectations(_ o: Objects) -> [String: (path: String, access: Access)] {
        let ref = o.reference
        let slug = o.slug
        let draft = "/intern/redaktion/leistungen/\(o.draftSlug)"
        let token = o.token
        // The admin belongs to no org unit, so the unit's service is not theirs to edit.
        let editors: Access = .only([.editorX])
        return [
            // Public pages, the public API and the ways in.
            "GET /": ("/", .everyone),
            "GET /api/v1/openapi.yaml": ("/api/v1/openapi.yaml", .everyone),
            "GET /api/v1/services": ("/api/v1/services", .everyone),
            "GET /api/v1/services/{slug}/form": ("/api/v1/services/\(slug)/form", .everyone),
            "POST /api/v1/services/{slug}/submissions": ("/api/v1/services/\(slug)/submissions", .everyone),
            "GET /assets/portal.css": ("/assets/portal.css", .everyone),
            "GET /assets/portal.js": ("/assets/portal.js", .everyone),
            "GET /barrierefreiheit": ("/barrierefreiheit", .everyone),
            "GET /datenschutz": ("/datenschutz", .everyone),
            "GET /hilfe": ("/hilfe", .everyone),
            "GET /leichte-sprache": ("/leichte-sprache", .everyone),
            "GET /gebaerdensprache": ("/gebaerdensprache", .everyone),
            // No video was added: the address exists, the file does not.
            "GET /gebaerdensprache/videos/{id}/{file}": ("/gebaerdensprache/videos/\(UUID().uuidString.lowercased())/video.mp4", .only([], exercised: false)),
            "GET /impressum": ("/impressum", .everyone),
            "GET /kontakt": ("/kontakt", .everyone),
            "POST /kontakt": ("/kontakt", .everyone),
            // Without stars the rating is refused (422) for everyone; the check is that nobody is kept out.
            "GET /rueckmeldung": ("/rueckmeldung", .everyone),
            "GET /opendata/satisfaction.csv": ("/opendata/satisfaction.csv", .everyone),
            "GET /opendata/satisfaction.json": ("/opendata/satisfaction.json", .everyone),
            "GET /opendata/usage.csv": ("/opendata/usage.csv", .everyone),
            "GET /opendata/usage.json": ("/opendata/usage.json", .everyone),
            "GET /opendata/catalog.ttl": ("/opendata/catalog.ttl", .everyone),
            "GET /opendata/catalog.jsonld": ("/opendata/catalog.jsonld", .everyone),
            "GET /opendata": ("/opendata", .everyone),
            "GET /schemas/fachdaten/{slug}/{version}": ("/schemas/fachdaten/brunnenbohrung-anzeigen/1", .everyone),
            // Comments of ratings: statistics staff (no such role in the matrix) and admins; a made-up comment is 404 for all.
            "GET /intern/statistik/kommentare": ("/intern/statistik/kommentare", .only([.admin])),
            "POST /intern/statistik/kommentare/{id}": ("/intern/statistik/kommentare/987654", .only([.admin], exercised: false)),
            // The dashboard and its tables: statistics staff (not in the matrix) and admins.
            "GET /intern/statistik": ("/intern/statistik", .only([.admin])),
            "GET /intern/statistik/kennzahlen.csv": ("/intern/statistik/kennzahlen.csv", .only([.admin])),
            "GET /intern/statistik/verlauf.csv": ("/intern/statistik/verlauf.csv", .only([.admin])),
            "GET /intern/statistik/schritte.csv": ("/intern/statistik/schritte.csv", .only([.admin])),
            "GET /intern/statistik/bewertungen.csv": ("/intern/statistik/bewertungen.csv", .only([.admin])),
            "GET /intern/statistik/kontaktanfragen.csv": ("/intern/statistik/kontaktanfragen.csv", .only([.admin])),
            "GET /intern/statistik/leistungen.csv": ("/intern/statistik/leistungen.csv", .only([.admin])),
            "POST /rueckmeldung": ("/rueckmeldung", .everyone),
            "GET /healthz": ("/healthz", .everyone),
            "GET /readyz": ("/readyz", .everyone),
            "GET /fortsetzen/{token}": ("/fortsetzen/\(token)", .everyone),
            "POST /fortsetzen/{token}": ("/fortsetzen/\(token)", .everyone),
            "GET /intern/anmelden": ("/intern/anmelden", .everyone),
            "POST /intern/anmelden": ("/intern/anmelden", .everyone),
            "POST /intern/abmelden": ("/intern/abmelden", .everyone),
            // The second step of a sign-in: without a password just given, back to the sign-in page.
            "GET /intern/anmelden/code": ("/intern/anmelden/code", .everyone),
            "POST /intern/anmelden/code": ("/intern/anmelden/code", .everyone),
            "POST /intern/anmelden/verzeichnis": ("/intern/anmelden/verzeichnis", .everyone),
            "GET /intern/anmelden/verzeichnis/rueckkehr": ("/intern/anmelden/verzeichnis/rueckkehr", .everyone),
            // A made-up link: 410 for everyone.
            "GET /intern/passwort/{token}": ("/intern/passwort/\(token)", .everyone),
            "POST /intern/passwort/{token}": ("/intern/passwort/\(token)", .everyone),
            "GET /intern/email-bestaetigen/{token}": ("/intern/email-bestaetigen/\(token)", .everyone),
            "POST /intern/email-bestaetigen/{token}": ("/intern/email-bestaetigen/\(token)", .everyone),
            "GET /konto/anmelden": ("/konto/anmelden", .everyone),
            "POST /konto/anmelden": ("/konto/anmelden", .everyone),
            "POST /konto/abmelden": ("/konto/abmelden", .everyone),
            "GET /konto/registrieren": ("/konto/registrieren", .everyone),
            "POST /konto/registrieren": ("/konto/registrieren", .everyone),
            "GET /konto/passwort-vergessen": ("/konto/passwort-vergessen", .everyone),
            "POST /konto/passwort-vergessen": ("/konto/passwort-vergessen", .everyone),
            "GET /konto/bestaetigen/{token}": ("/konto/bestaetigen/\(token)", .everyone),
            "POST /konto/bestaetigen/{token}": ("/konto/bestaetigen/\(token)", .everyone),
            "GET /konto/passwort-neu/{token}": ("/konto/passwort-neu/\(token)", .everyone),
            "POST /konto/passwort-neu/{token}": ("/konto/passwort-neu/\(token)", .everyone),
            "GET /konto/email-bestaetigen/{token}": ("/konto/email-bestaetigen/\(token)", .everyone),
            "POST /konto/email-bestaetigen/{token}": ("/konto/email-bestaetigen/\(token)", .everyone),
            "POST /konto/extern/{provider}": ("/konto/extern/test-id", .everyone),
            "GET /konto/extern/{provider}/rueckkehr": ("/konto/extern/test-id/rueckkehr?code=x&state=y", .everyone),
            "GET /leistungen/{slug}": ("/leistungen/\(slug)", .everyone),
            "GET /leistungen/{slug}/datenschutz": ("/leistungen/\(slug)/datenschutz", .everyone),
            "GET /leistungen/{slug}/kontakt": ("/leistungen/\(slug)/kontakt", .everyone),
            "POST /leistungen/{slug}/kontakt": ("/leistungen/\(slug)/kontakt", .everyone),
            "GET /leistungen/{slug}/antrag": ("/leistungen/\(slug)/antrag", .everyone),
            "GET /leistungen/{slug}/antrag/schritt/{step}": ("/leistungen/\(slug)/antrag/schritt/1", .everyone),
            "POST /leistungen/{slug}/antrag/schritt/{step}": ("/leistungen/\(slug)/antrag/schritt/1", .everyone),
            "GET /leistungen/{slug}/antrag/pruefen": ("/leistungen/\(slug)/antrag/pruefen", .everyone),
            "POST /leistungen/{slug}/antrag/pruefen": ("/leistungen/\(slug)/antrag/pruefen", .everyone),
            "GET /leistungen/{slug}/antrag/eingegangen": ("/leistungen/\(slug)/antrag/eingegangen", .everyone),
            "GET /leistungen/{slug}/antrag/gespeichert": ("/leistungen/\(slug)/antrag/gespeichert", .everyone),
            "GET /leistungen/{slug}/antrag/fortgesetzt": ("/leistungen/\(slug)/antrag/fortgesetzt", .everyone),
            "POST /leistungen/{slug}/antrag/test-beenden": ("/leistungen/\(slug)/antrag/test-beenden", .everyone),
            // A draft's file belongs to the browser that uploaded it; this one was never uploaded.
            "GET /leistungen/{slug}/antrag/dateien/{id}": ("/leistungen/\(slug)/antrag/dateien/\(UUID().uuidString.lowercased())", .only([], exercised: false)),
            "POST /sitzung/verlaengern": ("/sitzung/verlaengern", .everyone),
            // A made-up payment and test transaction: 404 for everyone (the flows are in PaymentFlowTests).
            "GET /bezahlung/{id}": ("/bezahlung/\(UUID().uuidString.lowercased())", .only([], exercised: false)),
            "POST /bezahlung/{id}": ("/bezahlung/\(UUID().uuidString.lowercased())", .only([], exercised: false)),
            "GET /testzahlung/{id}": ("/testzahlung/gibt-es-nicht", .only([], exercised: false)),
            "POST /testzahlung/{id}": ("/testzahlung/gibt-es-nicht", .only([], exercised: false)),
            "GET /sprache/{code}": ("/sprache/en?zurueck=/", .everyone),
            "GET /vorgang": ("/vorgang", .everyone),
            "POST /vorgang": ("/vorgang", .everyone),

            // The staff API: only keys, only their own org unit's submissions.
            "GET /api/v1/submissions": ("/api/v1/submissions", .only([.apiKeyX, .apiKeyY])),
            "GET /api/v1/submissions/{reference}": ("/api/v1/submissions/\(ref)", .only([.apiKeyX])),
            "GET /api/v1/submissions/{reference}/files/{file}": ("/api/v1/submissions/\(ref)/files/\(o.fileID)", .only([.apiKeyX])),
            // No pull channel for the service: 409 for the own unit's key; others 404.
            "POST /api/v1/submissions/{reference}/acknowledgement": ("/api/v1/submissions/\(ref)/acknowledgement", .only([.apiKeyX])),
            // The matrix's body is no status or message: 400 for the own unit's key; others 404.
            "POST /api/v1/submissions/{reference}/status": ("/api/v1/submissions/\(ref)/status", .only([.apiKeyX])),
            "POST /api/v1/submissions/{reference}/messages": ("/api/v1/submissions/\(ref)/messages", .only([.apiKeyX])),
            "POST /api/v1/submissions/{reference}/document-requests": ("/api/v1/submissions/\(ref)/document-requests", .only([.apiKeyX])),
            "POST /api/v1/submissions/{reference}/decision": ("/api/v1/submissions/\(ref)/decision", .only([.apiKeyX])),

            // Case work: the case worker of unit X.
            "GET /intern/eingang": ("/intern/eingang", .only([.workerX, .workerY, .admin])),
            "GET /intern/nachrichten": ("/intern/nachrichten", .only([.workerX, .workerY, .admin])),
            // Nothing ticked: 422 for case workers; the check is the gate.
            "POST /intern/eingang/status": ("/intern/eingang/status", .only([.workerX, .workerY])),
            // Without a name: 422 for case workers; another person's or a made-up view: 404.
            "POST /intern/eingang/ansichten": ("/intern/eingang/ansichten", .only([.workerX, .workerY, .admin])),
            "POST /intern/eingang/ansichten/{id}/loeschen": (
                "/intern/eingang/ansichten/\(UUID().uuidString.lowercased())/loeschen", .only([.workerX, .workerY, .admin], exercised: false)
            ),
            "GET /intern/antraege/{reference}": ("/intern/antraege/\(ref)", .only([.workerX])),
            "GET /intern/antraege/{reference}/dateien/{id}": ("/intern/antraege/\(ref)/dateien/\(o.fileID)", .only([.workerX])),
            "POST /intern/antraege/{reference}/bescheid": ("/intern/antraege/\(ref)/bescheid", .only([.workerX])),
            "POST /intern/antraege/{reference}/nachforderung": ("/intern/antraege/\(ref)/nachforderung", .only([.workerX])),
            // No button named: 400 for the own unit's case worker.
            "POST /intern/antraege/{reference}/zahlung": ("/intern/antraege/\(ref)/zahlung", .only([.workerX])),
            "POST /intern/antraege/{reference}/nachrichten": ("/intern/antraege/\(ref)/nachrichten", .only([.workerX])),
            "POST /intern/antraege/{reference}/status": ("/intern/antraege/\(ref)/status", .only([.workerX])),
            "POST /intern/antraege/{reference}/zustaendigkeit": ("/intern/antraege/\(ref)/zustaendigkeit", .only([.workerX])),
            "POST /intern/antraege/{reference}/notizen": ("/intern/antraege/\(ref)/notizen", .only([.workerX])),
            "POST /intern/antraege/{reference}/wiedervorlage": ("/intern/antraege/\(ref)/wiedervorlage", .only([.workerX])),
            // Without an action the case worker's form is refused (400); others 404.
            "POST /intern/antraege/{reference}/loeschsperre": ("/intern/antraege/\(ref)/loeschsperre", .only([.workerX])),
            // No hand-over set up: nothing failed, the case worker is told so (303); others 404.
            "POST /intern/antraege/{reference}/uebergabe/{channel}/erneut": (
                "/intern/antraege/\(ref)/uebergabe/\(UUID().uuidString.lowercased())/erneut", .only([.workerX])
            ),

            // Every member of staff: their own access and second factor.
            "GET /intern/zugang": ("/intern/zugang", .only(staff)),
            "POST /intern/zugang/passwort": ("/intern/zugang/passwort", .only(staff)),
            "POST /intern/zugang/email": ("/intern/zugang/email", .only(staff)),
            "GET /intern/zwei-faktor": ("/intern/zwei-faktor", .only(staff)),
            "POST /intern/zwei-faktor": ("/intern/zwei-faktor", .only(staff)),

            // Administration: admins only.
            "GET /intern/verwaltung": ("/intern/verwaltung", .only([.admin])),
            "GET /intern/verwaltung/mitarbeitende": ("/intern/verwaltung/mitarbeitende", .only([.admin])),
            "POST /intern/verwaltung/mitarbeitende": ("/intern/verwaltung/mitarbeitende", .only([.admin])),
            "GET /intern/verwaltung/mitarbeitende/{id}": ("/intern/verwaltung/mitarbeitende/\(o.staffID)", .only([.admin])),
            "POST /intern/verwaltung/mitarbeitende/{id}": ("/intern/verwaltung/mitarbeitende/\(o.staffID)", .only([.admin])),
            "GET /intern/verwaltung/api-schluessel": ("/intern/verwaltung/api-schluessel", .only([.admin])),
            "GET /intern/verwaltung/einheiten": ("/intern/verwaltung/einheiten", .only([.admin])),
            "GET /intern/verwaltung/einstellungen": ("/intern/verwaltung/einstellungen", .only([.admin])),
            "POST /intern/verwaltung/einstellungen": ("/intern/verwaltung/einstellungen", .only([.admin])),
            // No logo was set: the address exists, the file does not.
            "GET /logo/{file}": ("/logo/3fa2c1d07b.png", .only([], exercised: false)),
            "GET /darstellung/{file}": ("/darstellung/1a5e20.css", .everyone),
            "POST /intern/verwaltung/einheiten": ("/intern/verwaltung/einheiten", .only([.admin])),
            "GET /intern/verwaltung/einheiten/{id}": ("/intern/verwaltung/einheiten/\(DemoCatalog.waterAuthority.id)", .only([.admin])),
            "POST /intern/verwaltung/einheiten/{id}": ("/intern/verwaltung/einheiten/\(DemoCatalog.waterAuthority.id)", .only([.admin])),
            "POST /intern/verwaltung/api-schluessel": ("/intern/verwaltung/api-schluessel", .only([.admin])),
            // A made-up key: 404 for the admin too; the check is the gate.
            "POST /intern/verwaltung/api-schluessel/{id}/widerrufen": (
                "/intern/verwaltung/api-schluessel/\(UUID().uuidString.lowercased())/widerrufen", .only([.admin], exercised: false)
            ),
            "GET /intern/verwaltung/uebergabe": ("/intern/verwaltung/uebergabe", .only([.admin])),
            // Without a service and a channel the admin's form is refused (422); the check is the gate.
            "POST /intern/verwaltung/uebergabe": ("/intern/verwaltung/uebergabe", .only([.admin], exercised: false)),
            // A made-up channel: 404 for the admin too.
            "POST /intern/verwaltung/uebergabe/{id}/entfernen": (
                "/intern/verwaltung/uebergabe/\(UUID().uuidString.lowercased())/entfernen", .only([.admin], exercised: false)
            ),
            "POST /intern/verwaltung/uebergabe/{id}/geheimnis": (
                "/intern/verwaltung/uebergabe/\(UUID().uuidString.lowercased())/geheimnis", .only([.admin], exercised: false)
            ),

            // Privacy officer, admins, reviewers, editors.
            "GET /intern/datenschutz": ("/intern/datenschutz", .only([.privacyOfficer, .admin])),
            "GET /intern/protokoll": ("/intern/protokoll?aktenzeichen=\(ref)", .only([.privacyOfficer, .admin])),
            // Without dates the download is refused (422) for everyone; the check is the gate.
            "GET /intern/protokoll/export": ("/intern/protokoll/export", .only([.privacyOfficer, .admin], exercised: false)),
            "POST /intern/protokoll/{reference}/loeschsperre": ("/intern/protokoll/\(ref)/loeschsperre", .only([.privacyOfficer, .admin])),
            "GET /intern/datenschutz/loeschprotokoll": ("/intern/datenschutz/loeschprotokoll", .only([.privacyOfficer, .admin])),
            "GET /intern/datenschutz/loeschprotokoll.csv": ("/intern/datenschutz/loeschprotokoll.csv", .only([.privacyOfficer, .admin])),
            "GET /intern/seiten": ("/intern/seiten", .only([.admin])),
            "POST /intern/seiten/{slug}": ("/intern/seiten/impressum", .only([.admin])),
            // Without files the admin's upload is refused (422): nobody gets a 2xx, the check is that no one else gets past the gate.
            "POST /intern/seiten/gebaerdensprache/videos": ("/intern/seiten/gebaerdensprache/videos", .only([.admin], exercised: false)),
            "POST /intern/seiten/gebaerdensprache/videos/{id}/entfernen": (
                "/intern/seiten/gebaerdensprache/videos/\(UUID().uuidString.lowercased())/entfernen", .only([.admin], exercised: false)
            ),
            "GET /intern/pruefung": ("/intern/pruefung", .only([.reviewerX, .admin])),
            "GET /intern/pruefung/{slug}": ("/intern/pruefung/\(o.draftSlug)", .only([.reviewerX])),
            "POST /intern/pruefung/{slug}": ("/intern/pruefung/\(o.draftSlug)", .only([.reviewerX])),
            "POST /intern/test/{slug}": ("/intern/test/\(o.draftSlug)", .only([.editorX, .reviewerX])),
            "GET /intern/redaktion": ("/intern/redaktion", .only([.editorX, .admin])),
            "POST /intern/redaktion/leistungen": ("/intern/redaktion/leistungen", .only([.editorX, .admin])),
            "GET /intern/redaktion/leistungen/{slug}": (draft, editors),
            "GET /intern/redaktion/leistungen/{slug}/datenschutz": (draft + "/datenschutz", editors),
            "POST /intern/redaktion/leistungen/{slug}/datenschutz": (draft + "/datenschutz", editors),
            "GET /intern/redaktion/leistungen/{slug}/bezahlung": (draft + "/bezahlung", editors),
            "POST /intern/redaktion/leistungen/{slug}/bezahlung": (draft + "/bezahlung", editors),
            // The Kasse's reconciliation: treasury staff (not in the matrix) and admins.
            "GET /intern/zahlungen": ("/intern/zahlungen", .only([.admin])),
            "GET /intern/verwaltung/zahlungsplattform": ("/intern/verwaltung/zahlungsplattform", .only([.admin])),
            "POST /intern/verwaltung/zahlungsplattform": ("/intern/verwaltung/zahlungsplattform", .only([.admin])),
            "GET /intern/zahlungen.csv": ("/intern/zahlungen.csv", .only([.admin])),
            "GET /intern/redaktion/leistungen/{slug}/eintrag": (draft + "/eintrag", editors),
            "POST /intern/redaktion/leistungen/{slug}/eintrag": (draft + "/eintrag", editors),
            "POST /intern/redaktion/leistungen/{slug}/entwurf": (draft + "/entwurf", editors),
            "GET /intern/redaktion/leistungen/{slug}/entwurf/regeln": (draft + "/entwurf/regeln", editors),
            "POST /intern/redaktion/leistungen/{slug}/entwurf/regeln": (draft + "/entwurf/regeln", editors),
            "GET /intern/redaktion/leistungen/{slug}/entwurf/schritte/{step}": (draft + "/entwurf/schritte/1", editors),
            "POST /intern/redaktion/leistungen/{slug}/entwurf/schritte/{step}": (draft + "/entwurf/schritte/1", editors),
            "GET /intern/redaktion/leistungen/{slug}/entwurf/schritte/{step}/felder/{key}": (draft + "/entwurf/schritte/1/felder/name_des_hundes", editors),
            "POST /intern/redaktion/leistungen/{slug}/entwurf/schritte/{step}/felder/{key}": (draft + "/entwurf/schritte/1/felder/name_des_hundes", editors),
            "GET /intern/redaktion/leistungen/{slug}/entwurf/schritte/{step}/vorschau": (draft + "/entwurf/schritte/1/vorschau", editors),
            "POST /intern/redaktion/leistungen/{slug}/veroeffentlichen": (draft + "/veroeffentlichen", editors),

            // A citizen's own account.
            "GET /konto": ("/konto", .only(accounts)),
            "GET /konto/daten": ("/konto/daten", .only(accounts)),
            "POST /konto/angaben": ("/konto/angaben", .only(accounts)),
            "POST /konto/email": ("/konto/email", .only(accounts)),
            "POST /konto/loeschen": ("/konto/loeschen", .only(accounts)),
            "POST /konto/extern/{provider}/trennen": ("/konto/extern/test-id/trennen", .only(accounts)),
            // Citizen A's case through the account…
            "GET /konto/antraege/{reference}": ("/konto/antraege/\(ref)", .only([.citizenA])),
            "GET /konto/antraege/{reference}/eingangsbestaetigung.pdf": ("/konto/antraege/\(ref)/eingangsbestaetigung.pdf", .only([.citizenA])),
            "GET /konto/antraege/{reference}/dateien/{id}": ("/konto/antraege/\(ref)/dateien/\(o.fileID)", .only([.citizenA])),
            // No decision was delivered: the address exists, the file does not.
            "GET /konto/antraege/{reference}/bescheid": ("/konto/antraege/\(ref)/bescheid", .only([.citizenA], exercised: false)),
            "POST /konto/antraege/{reference}/bescheid": ("/konto/antraege/\(ref)/bescheid", .only([.citizenA])),
            "POST /konto/antraege/{reference}/nachrichten": ("/konto/antraege/\(ref)/nachrichten", .only([.citizenA])),
            "POST /konto/antraege/{reference}/unterlagen": ("/konto/antraege/\(ref)/unterlagen", .only([.citizenA])),
            "POST /konto/antraege/{reference}/zurueckziehen": ("/konto/antraege/\(ref)/zurueckziehen", .only([.citizenA])),
            // Nothing due: back to the case page.
            "POST /konto/antraege/{reference}/bezahlen": ("/konto/antraege/\(ref)/bezahlen", .only([.citizenA])),
            // …and through reference and access code.
            "GET /vorgang/{reference}": ("/vorgang/\(ref)", .only([.codeHolderA])),
            "GET /vorgang/{reference}/eingangsbestaetigung.pdf": ("/vorgang/\(ref)/eingangsbestaetigung.pdf", .only([.codeHolderA])),
            "GET /vorgang/{reference}/dateien/{id}": ("/vorgang/\(ref)/dateien/\(o.fileID)", .only([.codeHolderA])),
            "GET /vorgang/{reference}/bescheid": ("/vorgang/\(ref)/bescheid", .only([.codeHolderA], exercised: false)),
            "POST /vorgang/{reference}/bescheid": ("/vorgang/\(ref)/bescheid", .only([.codeHolderA])),
            "POST /vorgang/{reference}/nachrichten": ("/vorgang/\(ref)/nachrichten", .only([.codeHolderA])),
            "POST /vorgang/{reference}/unterlagen": ("/vorgang/\(ref)/unterlagen", .only([.codeHolderA])),
            "POST /vorgang/{reference}/zurueckziehen": ("/vorgang/\(ref)/zurueckziehen", .only([.codeHolderA])),
            "POST /vorgang/{reference}/bezahlen": ("/vorgang/\(ref)/bezahlen", .only([.codeHolderA])),
        ]
    }

    /// Where a refusal may send the browser: a sign-in page or the look-up of a case.
    static let refusalPages: Set<String> = ["/intern/anmelden", "/konto/anmelden", "/vorgang"]

    @Test(
        "Every route answers every role as the matrix says; state changes without a CSRF token get 403 and change nothing",
        arguments: TestDatabaseKind.allCases)
    func matrix(kind: TestDatabaseKind) async throws {
        try await TestPortal.with(kind) { test in
            let provider = FakeIdentityProvider()
            let mail = RecordingMailSender()
            let router = test.router(mail: mail, identityProviders: [provider])
            let registered = Set(router.routes.map { "\($0.method) \($0.path)" })
            let workerX = try await test.addStaff(
                "sb-x", password: "ein-langes-passwort", name: "Sachbearbeitung X", roles: [.caseWorker], units: [DemoCatalog.waterAuthority])
            try await test.addStaff("sb-y", password: "ein-langes-passwort", name: "Sachbearbeitung Y", roles: [.caseWorker], units: [DemoCatalog.publicOrder])
            try await test.addStaff("redaktion", password: "geheim-und-lang", name: "Redaktion X", roles: [.editor], units: [DemoCatalog.waterAuthority])
            try await test.addStaff("pruefung", password: "ein-langes-passwort", name: "Prüfung X", roles: [.reviewer], units: [DemoCatalog.waterAuthority])
            try await test.addStaff("dsb", password: "ein-langes-passwort", name: "Datenschutz", roles: [.privacyOfficer], units: [DemoCatalog.waterAuthority])
            try await test.addStaff("admin", password: "ein-langes-passwort", name: "Verwaltung", roles: [.admin], units: [])
            try await Application(router: router).test(.router) { client in
                // Citizen A files a case (unit X) and writes a message with a file; the confirmation shows the access code.
                var citizenA = TestBrowser(client)
                try await AccountTests.signedIn(&citizenA, "a@example.de", mail)
                try await FormFlowTests.fileAll(&citizenA)
                let confirmation = try await citizenA.get(FormFlowTests.base + "/eingegangen")
                let code = String(try #require(confirmation.text.firstMatch(of: /class="access-code">([A-Z0-9-]+)</)).1)
                let account = try #require(try await test.portal.accounts.account(email: "a@example.de"))
                let reference = try #require(try await test.portal.accounts.submissions(of: account.id).first?.reference.rawValue)
                _ = try await citizenA.get("/konto/antraege/\(reference)")
                #expect(
                    try await citizenA.postMultipart(
                        "/konto/antraege/\(reference)/nachrichten", [("nachricht", "Anbei der Lageplan.")],
                        files: [(field: "anhang", name: "Lageplan.pdf", data: Data("%PDF-1.4\n%%EOF\n".utf8))]
                    ).status == .seeOther)
                let casePage = try await citizenA.get("/konto/antraege/\(reference)")
                let fileLink = try #require(casePage.text.firstMatch(of: /\/dateien\/([0-9a-f-]{36})/))
                try await test.worker().runOnce()

                var citizenB = TestBrowser(client)
                try await AccountTests.signedIn(&citizenB, "b@example.de", mail)
                var codeHolder = TestBrowser(client)
                _ = try await codeHolder.get("/vorgang")
                #expect(try await codeHolder.post("/vorgang", [("aktenzeichen", reference), ("zugangscode", code)]).location == "/vorgang/\(reference)")
                let editor = try await Self.draftInReview(client)
                var browsers: [Role: TestBrowser] = [.citizenA: citizenA, .citizenB: citizenB, .codeHolderA: codeHolder, .editorX: editor]
                for (role, login) in [(Role.workerX, "sb-x"), (.workerY, "sb-y"), (.reviewerX, "pruefung"), (.privacyOfficer, "dsb"), (.admin, "admin")] {
                    var browser = TestBrowser(client)
                    _ = try await BackOfficeTests.signIn(&browser, login, "ein-langes-passwort")
                    browsers[role] = browser
                }
                var anonymous = TestBrowser(client)
                _ = try await anonymous.get("/kontakt")
                browsers[.anonymous] = anonymous

                // Every registered route has a line; every line is a registered route.
                var objects = Objects(reference: reference, fileID: String(fileLink.1))
                objects.staffID = workerX.id.description
                let table = Self.expectations(objects)
                #expect(registered.subtracting(table.keys).sorted() == [], "routes without a line in the matrix")
                #expect(Set(table.keys).subtracting(registered).sorted() == [], "lines for routes that do not exist")

                // Logging out comes last, so every role keeps its session through the matrix.
                let order = table.keys.sorted { ($0.hasSuffix("abmelden") ? 1 : 0, $0) < ($1.hasSuffix("abmelden") ? 1 : 0, $1) }
                var violations: [String] = []
                var calls = 0
                for key in order {
                    let (path, access) = table[key]!
                    let method = key.hasPrefix("POST") ? HTTPRequest.Method.post : .get
                    var answered: Set<Role> = []
                    for role in Role.allCases {
                        let response: TestResponse
                        switch role {
                        case .apiKeyX, .apiKeyY:
                            let secret = role == .apiKeyX ? TestPortal.waterKey : TestPortal.publicOrderKey
                            var headers: HTTPFields = [.authorization: "Bearer \(secret)"]
                            if method == .post { headers[.contentType] = path.hasPrefix("/api/") ? "application/json" : "application/x-www-form-urlencoded" }
                            let body: ByteBuffer? = method == .post ? ByteBuffer(string: path.hasPrefix("/api/") ? #"{"answers":{}}"# : "") : nil
                            response = try await client.execute(uri: path, method: method, headers: headers, body: body)
                        default:
                            var browser = browsers[role]!
                            if method == .get {
                                response = try await browser.get(path)
                            } else if path.hasPrefix("/api/") {
                                response = try await client.execute(
                                    uri: path, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: #"{"answers":{}}"#))
                            } else {
                                // The token of a page of this browser's own session.
                                response = try await browser.post(path, [])
                            }
                            browsers[role] = browser
                        }
                        calls += 1
                        let status = response.status.code
                        if status >= 500 { violations.append("\(key) as \(role): \(status)") }
                        let succeeded = (200..<300).contains(status)
                        if succeeded { answered.insert(role) }
                        guard let allowed = access.allowed, !allowed.contains(role) else { continue }
                        // Refused means: nothing shown, nothing done, and the handler did not get as far as checking input.
                        if succeeded {
                            violations.append("\(key) as \(role): \(status) (not allowed)")
                        } else if (300..<400).contains(status) {
                            let location = String((response.location ?? "").split(separator: "?")[0].split(separator: "#")[0])
                            if !Self.refusalPages.contains(location) { violations.append("\(key) as \(role): \(status) → \(location)") }
                        } else if ![401, 403, 404].contains(status) {
                            violations.append("\(key) as \(role): \(status) (a refusal must be 401, 403 or 404)")
                        }
                    }
                    if method == .get, access.exercised, let allowed = access.allowed, !allowed.isEmpty, answered.isDisjoint(with: allowed) {
                        violations.append("\(key): none of \(allowed.map(\.rawValue).sorted()) got an answer")
                    }
                }
                #expect(violations == [], "\(violations.joined(separator: "\n"))")
                print("Zugriffsmatrix (\(kind)): \(table.count) Routen × \(Role.allCases.count) Rollen = \(calls) Aufrufe")
                #expect(calls == table.count * Role.allCases.count)

                // Without a CSRF token no state-changing HTML route does anything, whoever asks.
                let before = try await Self.fingerprint(test)
                var csrfCalls = 0
                for key in order where key.hasPrefix("POST") && !key.hasPrefix("POST /api/") {
                    let path = table[key]!.path
                    for role in Role.allCases where role != .apiKeyX && role != .apiKeyY {
                        var browser = browsers[role]!
                        let response = try await browser.postRaw(path, "nachricht=Hallo&status=completed&bestaetigt=true")
                        csrfCalls += 1
                        if response.status != .forbidden { violations.append("\(key) as \(role) without token: \(response.status.code)") }
                    }
                }
                #expect(violations == [], "\(violations.joined(separator: "\n"))")
                #expect(try await Self.fingerprint(test) == before, "a refused post changed stored data")
                print("CSRF-Prüfung (\(kind)): \(csrfCalls) Aufrufe ohne Token, alle 403")
            }
        }
    }

    /// Editor X builds "matrix-leistung" in unit X (one step, one field) and sends it to review.
    static func draftInReview(_ client: some TestClientProtocol) async throws -> TestBrowser {
        var editor = TestBrowser(client)
        _ = try await BackOfficeTests.signIn(&editor, "redaktion", "geheim-und-lang")
        _ = try await editor.get("/intern/redaktion")
        let base = "/intern/redaktion/leistungen/matrix-leistung"
        #expect(
            try await editor.post(
                "/intern/redaktion/leistungen",
                [
                    ("titel", "Matrix-Leistung"), ("kurzname", "matrix-leistung"),
                    ("stelle", "untere-wasserbehoerde"),
                ]
            ).status == .seeOther)
        var page = try await editor.get(base)
        _ = try await editor.post(base + "/entwurf", [("revision", try EditorTests.revision(page)), ("_aktion", "schritt-hinzufuegen"), ("titel", "Ihr Hund")])
        page = try await editor.get(base + "/entwurf/schritte/1")
        _ = try await editor.post(
            base + "/entwurf/schritte/1",
            [
                ("revision", try EditorTests.revision(page)), ("_aktion", "feld-hinzufuegen"),
                ("art", "text"), ("beschriftung", "Name des Hundes"),
            ])
        page = try await editor.get(base)
        #expect(try await editor.post(base + "/entwurf", [("revision", try EditorTests.revision(page)), ("_aktion", "zur-pruefung")]).status == .seeOther)
        return editor
    }

    /// Row counts of the tables a state change would touch (sessions and limits excepted).
    static func fingerprint(_ test: TestPortal) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in [
            "submissions", "case_status_changes", "case_messages", "decisions", "document_requests", "uploads", "citizen_accounts",
            "account_tokens", "contact_messages", "outbox_mails", "form_drafts", "portal_pages", "audit_events", "linked_identities", "staff_users",
            "staff_tokens", "staff_second_factors", "internal_notes", "api_keys", "org_units", "saved_inbox_filters",
        ] {
            counts[table] = try await test.portal.database.reader.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(
                column: "n", as: Int.self)
        }
        let statuses = try await test.portal.database.reader.raw("SELECT status FROM submissions ORDER BY id").all().map {
            try $0.decode(column: "status", as: String.self)
        }
        counts["statuses:" + statuses.joined(separator: ",")] = 1
        return counts
    }
}
