// Package transfer moves records in and out of Rastro: the versioned JSON
// bundle (a complete, byte-stable copy of a database), CSV tables for
// spreadsheets, and ACLED's event CSV. Besides the standard library and the
// root package it uses golang.org/x/text (legacy ACLED encodings) and the
// internal packages sheet (spreadsheet cells) and textcheck (text where it
// enters). Readers refuse bad input with an error that names the file, the
// line or record, and the field, and never return a partial result.
package transfer
