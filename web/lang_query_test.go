package web

import (
	"strings"
	"testing"

	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
)

// TestLangInQuery: ?lang=es shows one page in Spanish (a link sent to a
// colleague), without changing the language of the next pages.
func TestLangInQuery(t *testing.T) {
	f := newFixture(t, sqldb.SQLite)
	c := f.client(auth.RoleInvestigator)
	es, en := translate("es", "claims.title"), translate("en", "claims.title")
	if page := readAll(t, f.do(c, "GET", "/claims?lang=es", "", "")); !strings.Contains(page, es) {
		t.Errorf("?lang=es: no %q", es)
	}
	if page := readAll(t, f.do(c, "GET", "/claims", "", "")); !strings.Contains(page, en) {
		t.Errorf("after ?lang=es: no %q", en)
	}
	if page := readAll(t, f.do(c, "GET", "/claims?lang=xx", "", "")); !strings.Contains(page, en) {
		t.Errorf("?lang=xx: no %q", en)
	}
}
