package bundle

import (
	"fmt"
	"strings"
)

func readme(m *Manifest) string {
	var b strings.Builder
	fmt.Fprintf(&b, `Rastro evidence bundle
======================

Scope:    %s
Created:  %s
Files:    %d
Signed by the Rastro installation whose Ed25519 public key has the
fingerprint %s
(the SHA-256 of the 32-byte raw key; "rastro key" prints it on the
installation that made this bundle - compare the two through a channel you
trust).

Contents
--------
files/          the evidence files, byte for byte as they were received
manifest.json   every file's name, size, SHA-256, media type, metadata and the
                incidents and acts it supports, plus the SHA-256 of each other
                part of this bundle
manifest.csv    the same list as a spreadsheet
manifest.sig    Ed25519 signature of manifest.json (64 raw bytes)
public-key.pem  the installation's public key
SHA256SUMS      SHA-256 of every file, in the format sha256sum reads
custody.jsonl   the chain-of-custody entries of these files, one JSON object
                per line, in the order they were made

How to check it with standard tools
-----------------------------------
1. Unpack the zip and enter the folder.

2. Check the manifest's signature (OpenSSL 3.0 or later):

     openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \
       -in manifest.json -sigfile manifest.sig

   It must print "Signature Verified Successfully". Check the key is the
   installation's:

     openssl pkey -pubin -in public-key.pem -outform DER | tail -c 32 | sha256sum

   must print the fingerprint above (without "SHA256:").

3. Check the other parts against the signed manifest: the output of

     sha256sum SHA256SUMS custody.jsonl manifest.csv public-key.pem README.txt

   must match the "parts" object in manifest.json.

4. Check every file:

     sha256sum -c SHA256SUMS

   Every line must end in "OK".

Chain of custody
----------------
Each line of custody.jsonl is an entry (seq, item_id, item_sha256, action,
actor, time, note, prev, item_prev, hash, signature). "hash" is the SHA-256
of this text, one line per field, each line ending in a newline:

  rastro-custody/1
  seq=<seq>
  item=<item_id>
  item_sha256=<item_sha256>
  action=<action>
  actor=<actor as a JSON string>
  time=<time as YYYY-MM-DDThh:mm:ss.ffffffZ>
  note=<note as a JSON string>
  prev=<prev>
  item_prev=<item_prev>

"signature" is the base64 Ed25519 signature of the same text under
public-key.pem. "item_prev" is the hash of the same file's previous entry
(64 zeros for its first), so each file's entries form an unbroken chain from
its acquisition; "prev" is the hash of the entry before it in the whole
locker, which may belong to a file outside this bundle.

"rastro bundle verify BUNDLE.zip" runs all of these checks at once and needs
no database.
`, m.Scope, m.CreatedAt.Format("2006-01-02 15:04:05 UTC"), len(m.Items), m.KeyID)
	return b.String()
}
