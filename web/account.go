package web

import (
	"net/http"
	"strings"

	"github.com/rastro-project/rastro/auth"
)

type accountView struct {
	User   *auth.User       `json:"user"`
	Tokens []*auth.APIToken `json:"tokens"`
	// NewToken is shown once, right after it was made.
	NewToken string `json:"-"`
}

func (s *Server) accountView(r *http.Request) (accountView, error) {
	u := userFrom(r.Context())
	v := accountView{User: u, Tokens: []*auth.APIToken{}}
	if !auth.Can(u.Role, auth.PermAPITokens) {
		return v, nil
	}
	ts, err := s.cfg.Auth.APITokens(r.Context(), u.ID)
	if err != nil {
		return v, err
	}
	for _, t := range ts {
		if t.RevokedAt == nil {
			v.Tokens = append(v.Tokens, t)
		}
	}
	return v, nil
}

func account(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return s.accountView(r)
}

func listTokens(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	v, err := s.accountView(r)
	return v.Tokens, err
}

// newToken makes a personal API token: the API answers it as JSON, the
// page shows it once.
// tokenRequest and tokenAnswer are the API's side of newToken.
type tokenRequest struct {
	Name string `json:"name"`
}

type tokenAnswer struct {
	Name  string `json:"name"`
	Token string `json:"token"`
}

func newToken(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	var body tokenRequest
	if isAPI(r) {
		if err := decodeJSON(r, &body); err != nil {
			return nil, err
		}
	} else {
		if err := parseForm(w, r); err != nil {
			return nil, err
		}
		body.Name = strings.TrimSpace(r.PostFormValue("name"))
	}
	tok, err := s.cfg.Auth.NewAPIToken(r.Context(), userFrom(r.Context()).ID, body.Name)
	if err != nil {
		return nil, err
	}
	if isAPI(r) {
		return tokenAnswer{Name: body.Name, Token: tok}, nil
	}
	v, err := s.accountView(r)
	v.NewToken = tok
	return v, err
}

func revokeToken(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, err
	}
	if err := s.cfg.Auth.RevokeAPIToken(r.Context(), userFrom(r.Context()).ID, id); err != nil {
		return nil, err
	}
	return seeOther{To: "/account", Data: map[string]int64{"revoked": id}}, nil
}

type usersView struct {
	Users []*auth.User `json:"users"`
}

// Roles are the role choices of an account, most powerful first.
func (usersView) Roles() []string { return auth.Role("").Values() }

// NewRoles are the role choices of a new account: admin last, so that the
// form's first choice is not the most powerful.
func (usersView) NewRoles() []string {
	return append(auth.Role("").Values()[1:], string(auth.RoleAdmin))
}

func listUsers(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	us, err := s.cfg.Auth.Users(r.Context())
	if err != nil {
		return nil, err
	}
	if us == nil {
		us = []*auth.User{}
	}
	return usersView{Users: us}, nil
}
