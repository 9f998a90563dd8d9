package sqldb

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/rastro-project/rastro"
)

// A read batch gathers the reads of protected fields one request makes (a
// list page opens many people; a record page several) into one audit
// entry, written when the request has its data and before it answers.

type readBatchKey struct{}

// ReadBatch collects the records whose protected fields a request revealed.
type ReadBatch struct {
	mu   sync.Mutex
	refs map[string]map[int64]bool // record type → IDs
}

// BatchReads returns a context under which reveals of protected fields are
// gathered in the returned batch instead of being audited one by one; the
// caller must Flush the batch before using what it read.
func BatchReads(ctx context.Context) (context.Context, *ReadBatch) {
	b := &ReadBatch{refs: map[string]map[int64]bool{}}
	return context.WithValue(ctx, readBatchKey{}, b), b
}

// add takes a read_protected entry into the batch of ctx, if there is one.
func batchRead(ctx context.Context, e *rastro.AuditEntry) bool {
	b, _ := ctx.Value(readBatchKey{}).(*ReadBatch)
	if b == nil || e.Action != rastro.AuditReadProtected {
		return false
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.refs[e.RecordType] == nil {
		b.refs[e.RecordType] = map[int64]bool{}
	}
	b.refs[e.RecordType][e.RecordID] = true
	return true
}

// Flush writes one audit entry naming every record the batch holds (by
// type and ID, never by what they hold), with detail (the request, say)
// first and the remote address; nothing when no protected field was read.
// The batch is empty afterwards.
func (b *ReadBatch) Flush(ctx context.Context, db *DB, remoteAddr, detail string) error {
	b.mu.Lock()
	refs := b.refs
	b.refs = map[string]map[int64]bool{}
	b.mu.Unlock()
	if len(refs) == 0 {
		return nil
	}
	e := &rastro.AuditEntry{Action: rastro.AuditReadProtected, RemoteAddr: remoteAddr}
	types := make([]string, 0, len(refs))
	for t := range refs {
		types = append(types, t)
	}
	sort.Strings(types)
	parts := []string{}
	if detail != "" {
		parts = append(parts, detail)
	}
	for _, t := range types {
		ids := make([]int64, 0, len(refs[t]))
		for id := range refs[t] {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
		s := make([]string, len(ids))
		for i, id := range ids {
			s[i] = strconv.FormatInt(id, 10)
		}
		parts = append(parts, t+" "+strings.Join(s, ", "))
		if len(types) == 1 {
			e.RecordType = t
			if len(ids) == 1 {
				e.RecordID = ids[0]
			}
		}
	}
	e.Detail = strings.Join(parts, "; ")
	return db.AppendAudit(ctx, e)
}
