package sqldb_test

import (
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/sqldb"
	"github.com/rastro-project/rastro/sqldb/sqldbtest"
)

// An audit filter on an action that is not one is refused, naming the
// actions (rastro.AuditActions), for the command line and the web alike.
func TestAuditActionFilter(t *testing.T) {
	sqldbtest.Each(t, func(t *testing.T, db *sqldb.DB) {
		_, _, err := db.ListAudit(ownerCtx(), rastro.AuditFilter{Action: ptr("delete_all")})
		if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(err.Error(), "action") ||
			!strings.Contains(err.Error(), strings.Join(rastro.AuditActions, ", ")) {
			t.Errorf("an unknown action: %v", err)
		}
		if _, _, err := db.ListAudit(ownerCtx(), rastro.AuditFilter{Action: ptr(rastro.AuditReseal)}); err != nil {
			t.Errorf("reseal: %v", err)
		}
	})
}
