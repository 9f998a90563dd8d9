// Package evidence is the evidence locker: it streams files into a blob
// store, records them with their metadata, keeps their custody log, and
// verifies blobs, records and log together.
//
// How the pieces fit:
//
//   - Bytes live in a rastro.BlobStore under their SHA-256: blob/file (a
//     folder in the data directory, the default) or blob/s3 (any
//     S3-compatible service, when RASTRO_S3_ENDPOINT is set). A blob is
//     never altered; a redacted, transcoded or clipped working copy is a new
//     item whose DerivedFrom names the original, with a "derived" entry.
//   - Records (package sqldb, tables evidence_items and custody_entries) hold
//     the name, sniffed media type, size, metadata (package media: EXIF,
//     ffprobe, perceptual hashes), labels and links to incidents, acts and
//     persons. Database triggers refuse UPDATE and DELETE of custody entries
//     and of an item's content fields, on SQLite and PostgreSQL.
//   - Every custody entry is sealed by package custody: hashed over a
//     canonical text that includes the previous entry's hash (one chain for
//     the locker) and the item's previous entry's hash (one chain per item),
//     and signed with the installation's Ed25519 key (DATA/custody-ed25519.pem,
//     created on first use, mode 0600).
//   - Add stores the blob first (temporary file, fsync, link into place),
//     then the record and its first entries in one transaction. A crash in
//     between leaves only a blob no record names: Verify lists such blobs
//     and Sweep removes them. A file is therefore either fully in (blob,
//     record, entries) or not in at all.
//   - Verify re-hashes every blob and re-checks every entry's hash, signature
//     and links, naming each problem (missing blob, changed blob, changed
//     record, changed entry, broken link, bad signature).
//   - Package bundle exports items with a manifest signed by the same key and
//     checks a bundle with nothing but the zip.
package evidence
