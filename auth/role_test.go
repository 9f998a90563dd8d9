package auth

import (
	"context"
	"strings"
	"testing"

	"github.com/rastro-project/rastro"
)

// TestPermissionTable walks every role × permission and states the expected
// answer explicitly, so a change to the table shows up here.
func TestPermissionTable(t *testing.T) {
	// One letter per permission, in the order of Permissions.
	want := map[Role]string{
		//               RPECSAXUMLT
		RoleAdmin:        "11111111111",
		RoleInvestigator: "11100111001",
		RoleReviewer:     "11011110001",
		RoleAnalyst:      "11000110001",
		RoleViewer:       "10000010001",
		RoleGuest:        "10000000000",
	}
	if len(want) != len(Roles) {
		t.Fatalf("table covers %d roles, Roles has %d", len(want), len(Roles))
	}
	for _, r := range Roles {
		row := want[r]
		if len(row) != len(Permissions) {
			t.Fatalf("%s: row has %d columns, want %d", r, len(row), len(Permissions))
		}
		for i, p := range Permissions {
			if got := Can(r, p); got != (row[i] == '1') {
				t.Errorf("Can(%s, %s) = %v", r, p, got)
			}
		}
	}
	for _, p := range Permissions {
		if Can("", p) || Can("root", p) {
			t.Errorf("unknown role has %s", p)
		}
	}
	if Can(RoleGuest, PermExport) {
		t.Error("guests must not export")
	}
}

func TestParseRole(t *testing.T) {
	for _, r := range Roles {
		if got, err := ParseRole(string(r)); err != nil || got != r {
			t.Errorf("ParseRole(%q) = %q, %v", r, got, err)
		}
	}
	for _, s := range []string{"", "Admin", "superuser"} {
		if _, err := ParseRole(s); err == nil {
			t.Errorf("ParseRole(%q) accepted", s)
		}
	}
}

func TestActorContext(t *testing.T) {
	ctx := context.Background()
	if CanReadProtected(ctx) {
		t.Error("a context without actor may read protected data")
	}
	if _, ok := ActorFrom(ctx); ok {
		t.Error("actor found in empty context")
	}
	v := WithActor(ctx, &User{ID: 3, Name: "vera", Role: RoleViewer})
	if a, ok := ActorFrom(v); !ok || a.UserID != 3 || a.Name != "vera" || a.Role != RoleViewer {
		t.Errorf("ActorFrom = %+v, %v", a, ok)
	}
	if CanReadProtected(v) || !Allowed(v, PermReadRecords) {
		t.Error("viewer permissions wrong")
	}
	admin := WithActorValue(ctx, LocalAdmin())
	if !CanReadProtected(admin) {
		t.Error("the local admin cannot read protected data")
	}
	if _, ok := ActorFrom(WithoutActor(admin)); ok || Allowed(WithoutActor(admin), PermReadRecords) {
		t.Error("WithoutActor kept the actor")
	}
}

func TestRolesWith(t *testing.T) {
	if got := RolesWith(PermExport); len(got) != 5 || got[0] != RoleAdmin || got[4] != RoleViewer {
		t.Errorf("RolesWith(export) = %v", got)
	}
	if got := RolesWith(PermManageUsers); len(got) != 1 || got[0] != RoleAdmin {
		t.Errorf("RolesWith(manage_users) = %v", got)
	}
}

// An unknown role is refused naming the roles, from the one list (Roles).
func TestParseRoleNamesRoles(t *testing.T) {
	_, err := ParseRole("boss")
	if rastro.ErrorCode(err) != rastro.EINVALID || !strings.Contains(err.Error(), "admin, investigator, reviewer, analyst, viewer, guest") {
		t.Errorf("an unknown role: %v", err)
	}
	if r, err := ParseRole(Role("").Values()[len(Roles)-1]); err != nil || r != RoleGuest {
		t.Errorf("guest: %v %v", r, err)
	}
}
