import SQLKit

/// The videos of the sign language page, with their uploads (video and captions).
struct M0036CreateSignLanguageVideos: Migration {
    let version = 36
    let name = "CreateSignLanguageVideos"

    func prepare(on database: any SQLDatabase) async throws {
        try await database.create(table: "sign_language_videos")
            .column("id", type: .text, .primaryKey(autoIncrement: false))
            .column("title", type: .text, .notNull)
            .column("transcript", type: .text, .notNull)
            .column("video", type: .text, .notNull)
            .column("captions", type: .text, .notNull)
            .column("added_at", type: .bigint, .notNull)
            .run()
    }
}
