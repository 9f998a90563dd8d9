package claimaccept

import (
	"context"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/fold"
	"github.com/rastro-project/rastro/sqldb"
)

// GroupKey is the same for claims that say the same thing (one place
// named four times in an article): their kind and summary, accents and
// case aside. A group is decided once.
func GroupKey(c *rastro.Claim) string {
	return string(c.Kind) + "\x00" + strings.Join(strings.Fields(fold.Lower(c.Summary)), " ")
}

// Actions are the decisions DecideAll takes.
var Actions = []string{"accept", "link", "reject"}

// DecideAll applies one decision to several pending claims. accept takes
// the first claim into a record (as Accept does) and cites the others on
// that record; link cites them all on the record named; reject rejects
// them all with the reason. It stops at the first claim it cannot decide,
// returning those decided before it.
func DecideAll(ctx context.Context, db *sqldb.DB, action string, ids []int64, d Decision) ([]*rastro.Claim, error) {
	if len(ids) == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "choose the claims to decide")
	}
	var done []*rastro.Claim
	for i, id := range ids {
		var c *rastro.Claim
		var err error
		switch {
		case action == "reject":
			c, err = db.RejectClaim(ctx, id, d.Reason)
		case action == "link" || action == "accept" && i > 0:
			c, err = Link(ctx, db, id, d)
		case action == "accept":
			c, err = Accept(ctx, db, id, d)
			if err == nil {
				// The others are further citations of the record made.
				d = Decision{TargetType: c.RecordType, TargetID: c.RecordID, Field: d.Field}
			}
		default:
			return nil, rastro.Errorf(rastro.EINVALID, "action %q: want %s", action, strings.Join(Actions, ", "))
		}
		if err != nil {
			if len(done) > 0 {
				return done, rastro.Errorf(rastro.ErrorCode(err), "claim %d: %s (%d claims before it were decided)", id, rastro.ErrorMessage(err), len(done))
			}
			return nil, err
		}
		done = append(done, c)
	}
	return done, nil
}
