package sqldb

import (
	"context"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
)

// Comment is a note in the discussion beside an incident or an act; it is
// not part of the record and does not change its version.
type Comment struct {
	ID         int64     `json:"id"`
	RecordType string    `json:"record_type"` // incident or act
	RecordID   int64     `json:"record_id"`
	Author     string    `json:"author"`
	Body       string    `json:"body"`
	CreatedAt  time.Time `json:"created_at"`
}

// MaxComment bounds a comment's length, in characters.
const MaxComment = 10000

// AddComment stores a comment by the context's actor on an incident or act
// that exists (ENOTFOUND otherwise); an empty or overlong body is EINVALID.
func (db *DB) AddComment(ctx context.Context, c *Comment) error {
	c.Body = strings.TrimSpace(c.Body)
	switch {
	case c.RecordType != "incident" && c.RecordType != "act":
		return rastro.Errorf(rastro.EINVALID, "comments go on incidents and acts, not on %q", c.RecordType)
	case c.Body == "":
		return rastro.Errorf(rastro.EINVALID, "the comment is empty")
	case utf8.RuneCountInString(c.Body) > MaxComment:
		return rastro.Errorf(rastro.EINVALID, "the comment is longer than %d characters", MaxComment)
	}
	c.Author = actorName(ctx)
	return db.Update(ctx, func(tx *Tx) error {
		var n int
		if err := tx.QueryRow(ctx, "SELECT COUNT(*) FROM "+c.RecordType+"s WHERE id = ?", c.RecordID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return rastro.Errorf(rastro.ENOTFOUND, "%s %d not found", c.RecordType, c.RecordID)
		}
		err := tx.QueryRow(ctx, `INSERT INTO comments (record_type, record_id, author, body, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id`,
			c.RecordType, c.RecordID, c.Author, c.Body, formatTime(tx.Now)).Scan(&c.ID)
		if err != nil {
			return err
		}
		c.CreatedAt = tx.Now
		return auditChange(ctx, tx, rastro.AuditCreate, "comment", c.ID, nil, c, "")
	})
}

// Comments lists the comments on the records of one type given by ID (an
// incident's acts, say) in one query, oldest first.
func (db *DB) Comments(ctx context.Context, recordType string, ids ...int64) ([]Comment, error) {
	out := []Comment{}
	args := idArgs(ids)
	if len(args) == 0 {
		return out, nil
	}
	err := db.View(ctx, func(tx *Tx) error {
		rows, err := tx.Query(ctx, `SELECT id, record_type, record_id, author, body, created_at FROM comments
			WHERE record_type = ? AND record_id IN (`+Placeholders(len(args))+`) ORDER BY id`, append([]any{recordType}, args...)...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var c Comment
			if err := rows.Scan(&c.ID, &c.RecordType, &c.RecordID, &c.Author, &c.Body, timeDest{&c.CreatedAt}); err != nil {
				return err
			}
			out = append(out, c)
		}
		return rows.Err()
	})
	return out, err
}

// SavedSearch is a list's filter kept under a name: List is the list it
// filters (incidents, acts, persons or sources) and Query its query string
// ("q=airport&tag=juliaca"), without paging.
type SavedSearch struct {
	ID        int64     `json:"id"`
	Name      string    `json:"name"`
	List      string    `json:"list"`
	Query     string    `json:"query"`
	Owner     string    `json:"owner"`
	CreatedAt time.Time `json:"created_at"`
}

// SavedSearchLists are the lists a search may filter.
var SavedSearchLists = []string{"incidents", "acts", "persons", "sources"}

// SaveSearch stores a named filter; the name must be new (ECONFLICT names
// the one that exists), the list one of SavedSearchLists and the query a
// query string, which is kept without its offset and limit.
func (db *DB) SaveSearch(ctx context.Context, s *SavedSearch) error {
	s.Name = strings.Join(strings.Fields(s.Name), " ")
	if s.Name == "" || utf8.RuneCountInString(s.Name) > 100 {
		return rastro.Errorf(rastro.EINVALID, "a saved search needs a name of 1 to 100 characters")
	}
	ok := false
	for _, l := range SavedSearchLists {
		ok = ok || l == s.List
	}
	if !ok {
		return rastro.Errorf(rastro.EINVALID, "list %q: want one of %s", s.List, strings.Join(SavedSearchLists, ", "))
	}
	q, err := url.ParseQuery(strings.TrimPrefix(s.Query, "?"))
	if err != nil {
		return rastro.Errorf(rastro.EINVALID, "query %q: %v", s.Query, err)
	}
	q.Del("offset")
	q.Del("limit")
	for k, vs := range q {
		if len(vs) == 1 && strings.TrimSpace(vs[0]) == "" {
			q.Del(k)
		}
	}
	s.Query, s.Owner = q.Encode(), actorName(ctx)
	return db.Update(ctx, func(tx *Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO saved_searches (name, list, query, owner, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id`,
			s.Name, s.List, s.Query, s.Owner, formatTime(tx.Now)).Scan(&s.ID)
		if IsUniqueViolation(err) {
			return rastro.Errorf(rastro.ECONFLICT, "a search named %q is already saved", s.Name)
		}
		if err != nil {
			return err
		}
		s.CreatedAt = tx.Now
		return auditChange(ctx, tx, rastro.AuditCreate, "saved_search", s.ID, nil, s, "")
	})
}

// SavedSearches lists the saved searches by name; id > 0 gives that one
// alone (ENOTFOUND when there is none).
func (db *DB) SavedSearches(ctx context.Context, id int64) ([]SavedSearch, error) {
	out := []SavedSearch{}
	err := db.View(ctx, func(tx *Tx) error {
		q, args := "SELECT id, name, list, query, owner, created_at FROM saved_searches", []any{}
		if id > 0 {
			q, args = q+" WHERE id = ?", append(args, id)
		}
		rows, err := tx.Query(ctx, q+" ORDER BY name", args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var s SavedSearch
			if err := rows.Scan(&s.ID, &s.Name, &s.List, &s.Query, &s.Owner, timeDest{&s.CreatedAt}); err != nil {
				return err
			}
			out = append(out, s)
		}
		return rows.Err()
	})
	if err == nil && id > 0 && len(out) == 0 {
		return nil, rastro.Errorf(rastro.ENOTFOUND, "saved search %d not found", id)
	}
	return out, err
}

// DeleteSavedSearch removes a saved search (ENOTFOUND when there is none).
func (db *DB) DeleteSavedSearch(ctx context.Context, id int64) error {
	return db.Update(ctx, func(tx *Tx) error {
		res, err := tx.Exec(ctx, "DELETE FROM saved_searches WHERE id = ?", id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return rastro.Errorf(rastro.ENOTFOUND, "saved search %d not found", id)
		}
		return auditChange(ctx, tx, rastro.AuditDelete, "saved_search", id, nil, nil, "")
	})
}

// actorName names the context's actor on what it writes.
func actorName(ctx context.Context) string {
	if a, ok := auth.ActorFrom(ctx); ok {
		return a.Name
	}
	return noActor
}
