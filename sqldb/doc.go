// Package sqldb is Rastro's store: the rastro.*Service interfaces over
// database/sql, on SQLite (modernc.org/sqlite, the embedded default) and
// PostgreSQL (pgx), with the same behaviour and the same errors on both.
//
// # Opening and migrating
//
// Open(ctx, dsn) picks the dialect from the DSN (postgres:// or
// postgresql:// URLs; anything else is a SQLite file path) and neither
// migrates nor checks the schema. Migrate applies the embedded migrations,
// migrations/{sqlite,postgres}/NNNN_name.sql, in name order, each in its own
// transaction, recording them in schema_migrations. SchemaCurrent refuses a
// database whose applied migrations differ from the embedded ones. Number
// ranges keep packages that add tables apart: core 0001-0099, evidence
// 0100-0199, intake/claims 0200-0299, linkage 0300-0399, accounts and
// audit 0500-0599. Write each migration for both dialects.
//
// # Helpers for code that adds tables to this package
//
//   - Transactions: public methods own the transaction through db.Update(ctx,
//     fn) (write) or db.View(ctx, fn) (read, a consistent snapshot); private
//     helpers take the *Tx. tx.Now is the transaction's one time (UTC,
//     microseconds); stamp rows with it, never time.Now. On SQLite writes go
//     through a single writer connection and reads through a pool.
//   - SQL: write placeholders as ? and run through tx.Exec, tx.Query,
//     tx.QueryRow or tx.Prepare, which rebind them for PostgreSQL ($1, $2…);
//     Rebind(dialect, q) does it by hand. Build WHERE clauses with Filter
//     (f.Add("col = ?", v), f.SQL()) and pages with PageSQL; Placeholders(n)
//     gives "?, ?, …". Never put values into SQL text.
//   - Errors: Update and View translate driver errors (translate): a unique
//     violation is ECONFLICT, a foreign-key violation ECONFLICT, a CHECK or
//     NOT NULL violation EINVALID, identically on both databases;
//     IsUniqueViolation and IsForeignKeyViolation classify raw errors. For
//     precise messages the store checks references itself: a write naming a
//     missing record is EINVALID "… no such incident 7", deleting a record
//     still referred to is ECONFLICT "… still referenced by acts" (CheckReferenced
//     reads the foreign keys from the catalog, so new tables need no
//     registration; ForeignKeys lists them).
//   - Records inside a transaction: code in this package works with the table
//     values (actsTable, incidentsTable, …) whose create, update, delete,
//     find and list methods take the *Tx, so that several records change
//     in one transaction (accepting a claim into an act with its citation).
//   - Columns: DateArg/DateDest store rastro.Date as ISO text at its
//     precision (NULL when unknown); IDArg/IDDest store optional references
//     as NULL for 0; JSONArg/JSONDest store lists and maps as JSON text
//     (NULL when empty); timestamps are fixed-width ISO text. fold.Lower and the SQL
//     function rastro_fold (on both databases) lowercase and strip accents
//     for name matching; Contains(dialect, expr) is a substring condition.
//
// # Records
//
// Every record table has id, version, created_at, updated_at; research
// records add confidence and status, and their citations live in one
// citations table keyed by (record_type, record_id), loaded with the records
// and replaced on update. Update and Delete need the stored version
// (ECONFLICT otherwise, nothing changed); Update increments it. Full-text
// search (SourceFilter.Query, IncidentFilter.Query) uses FTS5 tables kept in
// sync by triggers on SQLite and generated tsvector columns ('simple'
// configuration, folded) on PostgreSQL; every word of the query must occur.
//
// # Audit log and protected fields
//
// Every create, update and delete through the record tables writes an
// audit_log entry in the same transaction (table.audit): actor from the
// context (auth.ActorFrom; "(none)" without one), record type and ID, old
// and new values as JSON. Import writes one entry for the bundle. Triggers
// refuse UPDATE, DELETE and TRUNCATE of audit_log on both databases.
// ListAudit (admins) filters and pages it, newest first.
//
// A protected person's name, aliases, contact and notes are sealed with the
// store's Cipher (SetCipher; package crypt, age X25519) into the sealed
// column, and their own columns hold Redacted ("[protected]") or nothing,
// so no index, search table, WAL frame, dump or audit entry holds them.
// Reads reveal them only when auth.CanReadProtected(ctx), writing a
// read_protected audit entry per record (after a read transaction, in a
// write transaction of its own, before the caller gets the records).
// Updates from a redacted copy keep the stored seal; lifting the protection
// from one needs the permission. Name filters never match sealed names.
//
// Accounts implements auth.Store: users, sessions, API tokens (hashed),
// login throttles and login audit entries.
//
// # Bundles
//
// Export reads everything in one snapshot; Import loads a rastro.Bundle into
// an empty database in one transaction with multi-row inserts, after
// checking every record and reference (the first bad one is reported by
// table, index, id and field, and nothing is written), keeping IDs, versions
// and timestamps, and moving PostgreSQL's sequences past them. The load
// drops the core tables' secondary indexes and rebuilds them at the end of
// the same transaction, then refreshes the planner's statistics. Figures:
// BenchmarkImport and BenchmarkListIncidents (see bench_test.go).
//
// On PostgreSQL, statements are prepared once per connection and their
// plans cached as PostgreSQL's plan_cache_mode (auto unless the URL sets
// it) decides: the session check, an unfiltered page and lookups by a
// page's IDs are not planned again on every request. Statements with a
// Filter's conditions (Filter.Bind; the audit, evidence and custody lists)
// run unnamed and are planned for their arguments at every execution,
// since generic plans of selective filters were up to a hundred times
// slower (TestPlansOnPostgres).
//
// Package sqldbtest opens fresh migrated databases for tests of any package.
package sqldb
