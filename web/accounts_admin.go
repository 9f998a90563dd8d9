package web

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
)

// accountRequest is an admin's change to an account: a new one (name,
// role, password, expiry) or an existing one's role, disabled flag,
// expiry (an empty expiry removes it) or password.
type accountRequest struct {
	Name     string  `json:"name,omitempty"`
	Role     string  `json:"role,omitempty"`
	Password string  `json:"password,omitempty"`
	Expires  *string `json:"expires,omitempty"` // YYYY-MM-DD; "" for none
	Disabled *bool   `json:"disabled,omitempty"`
}

// readAccount reads the request from JSON or the users page's form.
func readAccount(w http.ResponseWriter, r *http.Request) (accountRequest, error) {
	var a accountRequest
	if isAPI(r) {
		return a, decodeJSON(r, &a)
	}
	if err := parseForm(w, r); err != nil {
		return a, err
	}
	a.Name, a.Role, a.Password = strings.TrimSpace(r.PostFormValue("name")), r.PostFormValue("role"), r.PostFormValue("password")
	if _, ok := r.PostForm["expires"]; ok {
		e := strings.TrimSpace(r.PostFormValue("expires"))
		a.Expires = &e
	}
	if _, ok := r.PostForm["disabled"]; ok {
		d := r.PostForm["disabled"][len(r.PostForm["disabled"])-1] == "yes"
		a.Disabled = &d
	}
	return a, nil
}

// expiry parses an account expiry: the end of the day given, UTC.
func expiry(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, rastro.Errorf(rastro.EINVALID, "expiry %q: want YYYY-MM-DD", s)
	}
	return d.Add(24 * time.Hour), nil
}

// addUser creates an account (admins).
func addUser(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	a, err := readAccount(w, r)
	if err != nil {
		return nil, err
	}
	role, err := auth.ParseRole(a.Role)
	if err != nil {
		return nil, err
	}
	var exp *time.Time
	if a.Expires != nil && *a.Expires != "" {
		t, err := expiry(*a.Expires)
		if err != nil {
			return nil, err
		}
		exp = &t
	}
	u, err := s.cfg.Auth.AddUser(r.Context(), a.Name, role, a.Password, exp)
	if err != nil {
		return nil, err
	}
	return seeOther{To: "/users", Data: u}, nil
}

// userByID finds account {id} (admins).
func (s *Server) userByID(r *http.Request) (*auth.User, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	us, err := s.cfg.Auth.Users(r.Context())
	if err != nil {
		return nil, err
	}
	for _, u := range us {
		if u.ID == id {
			return u, nil
		}
	}
	return nil, rastro.Errorf(rastro.ENOTFOUND, "user %d not found", id)
}

// updateUser changes account {id}: role, disabled, expiry, and with a
// password given, the password (the user's sessions end).
func updateUser(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	u, err := s.userByID(r)
	if err != nil {
		return nil, err
	}
	a, err := readAccount(w, r)
	if err != nil {
		return nil, err
	}
	var role *auth.Role
	if a.Role != "" {
		rl, err := auth.ParseRole(a.Role)
		if err != nil {
			return nil, err
		}
		role = &rl
	}
	var exp *time.Time
	if a.Expires != nil {
		t, err := expiry(*a.Expires)
		if err != nil {
			return nil, err
		}
		exp = &t
	}
	if a.Password != "" {
		if err := s.cfg.Auth.SetPassword(r.Context(), u.ID, a.Password); err != nil {
			return nil, err
		}
	}
	got, err := s.cfg.Auth.UpdateAccount(r.Context(), u.Name, role, a.Disabled, exp)
	if err != nil {
		return nil, err
	}
	return seeOther{To: "/users#user-" + strconv.FormatInt(u.ID, 10), Data: got}, nil
}

// passwordRequest is the user's own password change.
type passwordRequest struct {
	Old string `json:"old"`
	New string `json:"new"`
}

// changePassword replaces the user's own password, proving the old one;
// the user's sessions end, so the page goes to the login.
func changePassword(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	var p passwordRequest
	if isAPI(r) {
		if err := decodeJSON(r, &p); err != nil {
			return nil, err
		}
	} else {
		if err := parseForm(w, r); err != nil {
			return nil, err
		}
		p.Old, p.New = r.PostFormValue("old"), r.PostFormValue("new")
		if p.New != r.PostFormValue("again") {
			return nil, rastro.Errorf(rastro.EINVALID, "the new password and its repetition differ")
		}
	}
	if err := s.cfg.Auth.ChangePassword(r.Context(), p.Old, p.New); err != nil {
		return nil, err
	}
	if !isAPI(r) {
		s.clearSession(w)
	}
	return seeOther{To: "/login", Data: map[string]bool{"changed": true}}, nil
}

// totpView is a pending TOTP enrolment: the secret to type into the
// authenticator app, or its otpauth URL.
type totpView struct {
	Secret string `json:"secret"`
	URL    string `json:"otpauth_url"`
}

// enrollTOTP starts the user's own TOTP enrolment; the page shows the
// secret and asks for the first code.
func enrollTOTP(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	secret, url, err := s.cfg.Auth.EnrollTOTP(r.Context(), userFrom(r.Context()).ID)
	if err != nil {
		return nil, err
	}
	return totpView{Secret: secret, URL: url}, nil
}

type totpCode struct {
	Code string `json:"code"`
}

// confirmTOTP enables the pending secret with a code from the app.
func confirmTOTP(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	var c totpCode
	if isAPI(r) {
		if err := decodeJSON(r, &c); err != nil {
			return nil, err
		}
	} else {
		if err := parseForm(w, r); err != nil {
			return nil, err
		}
		c.Code = r.PostFormValue("code")
	}
	if err := s.cfg.Auth.ConfirmTOTP(r.Context(), userFrom(r.Context()).ID, c.Code); err != nil {
		return nil, err
	}
	return seeOther{To: "/account", Data: map[string]bool{"totp_enabled": true}}, nil
}
