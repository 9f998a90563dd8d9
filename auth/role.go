package auth

import (
	"slices"
	"strings"

	"github.com/rastro-project/rastro"
)

// Role is what a user may do, through the permission table (Can).
type Role string

const (
	RoleAdmin        Role = "admin"        // everything, including users and the audit log
	RoleInvestigator Role = "investigator" // edits records, uploads evidence
	RoleReviewer     Role = "reviewer"     // accepts claims, signs off assessments
	RoleAnalyst      Role = "analyst"      // reads all, runs analyses, exports
	RoleViewer       Role = "viewer"       // reads redacted records
	RoleGuest        Role = "guest"        // read-only, expires, cannot export
)

// Roles lists every role, most powerful first.
var Roles = []Role{RoleAdmin, RoleInvestigator, RoleReviewer, RoleAnalyst, RoleViewer, RoleGuest}

// Values are the role names, most powerful first (Role is a rastro.Enum).
func (Role) Values() []string { return rastro.Strings(Roles) }

// Permission is one thing a request may need.
type Permission string

const (
	PermReadRecords    Permission = "read_records"    // read records (protected fields redacted)
	PermReadProtected  Permission = "read_protected"  // read protected fields in clear (audited)
	PermEditRecords    Permission = "edit_records"    // create, update, delete records; import
	PermReviewClaims   Permission = "review_claims"   // accept or reject claims
	PermSignOff        Permission = "sign_off"        // sign off use-of-force assessments
	PermRunAnalyses    Permission = "run_analyses"    // run analyses and build reports
	PermExport         Permission = "export"          // download exports (redacted without PermReadProtected)
	PermUploadEvidence Permission = "upload_evidence" // add evidence and custody entries
	PermManageUsers    Permission = "manage_users"    // add, disable users; enrol their TOTP
	PermReadAudit      Permission = "read_audit"      // read the audit log
	PermAPITokens      Permission = "api_tokens"      // create and revoke one's own API tokens
)

// Permissions lists every permission.
var Permissions = []Permission{
	PermReadRecords, PermReadProtected, PermEditRecords, PermReviewClaims, PermSignOff,
	PermRunAnalyses, PermExport, PermUploadEvidence, PermManageUsers, PermReadAudit, PermAPITokens,
}

// permissions is THE permission table: every check in the CLI, the store
// and the web app goes through Can, so this is the one place to read or
// change who may do what.
var permissions = map[Role][]Permission{
	RoleAdmin: Permissions,
	RoleInvestigator: {PermReadRecords, PermReadProtected, PermEditRecords, PermRunAnalyses,
		PermExport, PermUploadEvidence, PermAPITokens},
	RoleReviewer: {PermReadRecords, PermReadProtected, PermReviewClaims, PermSignOff,
		PermRunAnalyses, PermExport, PermAPITokens},
	RoleAnalyst: {PermReadRecords, PermReadProtected, PermRunAnalyses, PermExport, PermAPITokens},
	RoleViewer:  {PermReadRecords, PermExport, PermAPITokens},
	RoleGuest:   {PermReadRecords},
}

// Can reports whether role r has permission p. Unknown roles have none.
func Can(r Role, p Permission) bool {
	return slices.Contains(permissions[r], p)
}

// RolesWith lists the roles that have permission p, most powerful first.
func RolesWith(p Permission) []Role {
	var out []Role
	for _, r := range Roles {
		if Can(r, p) {
			out = append(out, r)
		}
	}
	return out
}

// ParseRole checks a role name.
func ParseRole(s string) (Role, error) {
	r := Role(s)
	if !slices.Contains(Roles, r) {
		return "", rastro.Errorf(rastro.EINVALID, "unknown role %q: want one of %s", s, strings.Join(Role("").Values(), ", "))
	}
	return r, nil
}
