import Foundation
import PortalCore

extension PortalSettingsText {
    public static let german = PortalSettingsText(
        title: "Einstellungen des Portals",
        description: "Name, Logo, Akzentfarbe und Kontaktadresse des Portals",
        intro: "Name, Logo, Akzentfarbe und Kontaktadresse erscheinen auf jeder Seite. Leere Felder nehmen den Wert aus der Konfiguration.",
        name: "Name des Portals",
        nameHint: { configured in "Höchstens 100 Zeichen. Leer lassen für „\(configured)“." },
        logo: "Logo",
        logoHint: "PNG oder SVG, höchstens 200 KB. SVG-Dateien dürfen keine Skripte, Ereignis-Attribute, eingebettetes HTML "
            + "oder Verweise nach außen enthalten.",
        currentLogo: "Aktuelles Logo:",
        removeLogo: "Logo entfernen",
        colour: "Akzentfarbe",
        colourHint: "Hintergrund der Kopfzeile hinter weißer Schrift, als Hex-Wert wie #003e6b. Der Kontrast zu Weiß muss mindestens 4,5 : 1 betragen.",
        contact: "Kontaktadresse für Fragen zum Portal",
        contactHint: "Erscheint in der Fußzeile jeder Seite, zum Beispiel serviceportal@landkreis.de.",
        baseURL: "Adresse des Portals",
        baseURLNotSet: "nicht gesetzt",
        baseURLHint: "Wird in der Konfiguration festgelegt (BASE_URL) und kann hier nicht geändert werden.",
        save: "Einstellungen speichern",
        saved: "Die Einstellungen sind gespeichert.",
        problem: { problem in
            switch problem {
            case .nameTooLong: "Der Name darf höchstens 100 Zeichen lang sein."
            case .emailInvalid: "Geben Sie die Kontaktadresse in der Form name@beispiel.de ein."
            case .colourInvalid: "Geben Sie die Farbe als Hex-Wert ein, zum Beispiel #003e6b."
            case .colourTooLight(let contrast):
                "Diese Farbe ist zu hell: Weiße Schrift hat darauf nur einen Kontrast von "
                    + "\(String(format: "%.1f", contrast).replacingOccurrences(of: ".", with: ",")) : 1, nötig sind mindestens 4,5 : 1. "
                    + "Wählen Sie eine dunklere Farbe."
            case .logo(let logo):
                switch logo {
                case .empty: "Die gewählte Datei ist leer."
                case .tooLarge: "Das Logo darf höchstens 200 KB groß sein."
                case .notAnImage: "Die Datei ist kein PNG- oder SVG-Bild. Laden Sie das Logo als PNG oder SVG hoch."
                case .brokenPNG: "Die PNG-Datei ist beschädigt oder größer als 4000 × 4000 Pixel."
                case .unsafeSVG(let part):
                    "Die SVG-Datei enthält „\(part)“. Ein Logo darf keine Skripte, Ereignis-Attribute, eingebettetes HTML oder Verweise nach außen "
                        + "enthalten; exportieren Sie es bitte ohne diese Teile."
                }
            }
        }
    )
}
