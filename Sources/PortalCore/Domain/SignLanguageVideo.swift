import Foundation

/// A video in German Sign Language (Deutsche Gebärdensprache) on the portal's sign language page
/// (BITV 2.0 § 4): the MP4, its caption file (WebVTT) and a text alternative beside it.
public struct SignLanguageVideo: Hashable, Sendable, Identifiable {
    public typealias ID = Identifier<SignLanguageVideo>

    public var id: ID
    public var title: String
    /// What the video says, as text: for everyone who does not watch it.
    public var transcript: String
    public var video: UploadedFile
    public var captions: UploadedFile
    public var addedAt: Date

    public init(id: ID, title: String, transcript: String, video: UploadedFile, captions: UploadedFile, addedAt: Date) {
        self.id = id
        self.title = title
        self.transcript = transcript
        self.video = video
        self.captions = captions
        self.addedAt = addedAt
    }

    /// The owner of a video's two uploads, which never expire.
    public static func owner(of id: ID) -> String { "gebaerdensprache-\(id)" }

    public enum Problem: Hashable, Sendable {
        case titleInvalid
        case transcriptMissing
        case transcriptTooLong
    }

    /// The first problem with title and text, or nil.
    public static func problem(title: String, transcript: String) -> Problem? {
        if title.isEmpty || title.count > 200 { return .titleInvalid }
        if transcript.isEmpty { return .transcriptMissing }
        if transcript.count > 20_000 { return .transcriptTooLong }
        return nil
    }
}
