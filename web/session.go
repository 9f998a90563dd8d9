package web

import (
	"errors"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/auth"
)

// sessionCookie holds the session token; the __Host- prefix (under TLS)
// pins it to this host and path.
func (s *Server) sessionCookie() string {
	if s.cfg.Secure {
		return "__Host-rastro_session"
	}
	return "rastro_session"
}

var errNotLoggedIn = rastro.Errorf(rastro.EUNAUTHORIZED, "log in first")

// authenticate returns the user of a personal API token (Authorization:
// Bearer, API routes only) or of the session cookie; an error when there is
// neither or they are no good.
func (s *Server) authenticate(r *http.Request) (*auth.User, error) {
	if h := r.Header.Get("Authorization"); h != "" && isAPI(r) {
		tok, ok := strings.CutPrefix(h, "Bearer ")
		if !ok {
			return nil, rastro.Errorf(rastro.EUNAUTHORIZED, "Authorization: want Bearer and a personal API token")
		}
		return s.cfg.Auth.AuthenticateAPIToken(r.Context(), strings.TrimSpace(tok))
	}
	c, err := r.Cookie(s.sessionCookie())
	if err != nil {
		return nil, errNotLoggedIn
	}
	u, _, err := s.cfg.Auth.Authenticate(r.Context(), c.Value)
	return u, err
}

func (s *Server) setSession(w http.ResponseWriter, token string, expires time.Time) {
	http.SetCookie(w, &http.Cookie{Name: s.sessionCookie(), Value: token, Path: "/", Expires: expires,
		HttpOnly: true, Secure: s.cfg.Secure, SameSite: http.SameSiteLaxMode})
}

func (s *Server) clearSession(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: s.sessionCookie(), Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: s.cfg.Secure, SameSite: http.SameSiteLaxMode})
}

type loginView struct {
	Next    string
	Name    string
	NeedOTP bool
	Error   string
}

func loginPage(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	return loginView{Next: safeNext(r.URL.Query().Get("next"))}, nil
}

// clientAddr is the client's IP address for throttling and the audit log:
// the host of RemoteAddr, or, when that is one of the trusted proxies
// (Config.TrustedProxies), the nearest address in X-Forwarded-For that is
// not one of them. Without trusted proxies the header is ignored, since
// any client can send it.
func (s *Server) clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if !s.trusted(host) {
		return host
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		hop := strings.TrimSpace(hops[i])
		a, err := netip.ParseAddr(hop)
		if err != nil {
			break // a malformed hop: trust nothing beyond it
		}
		if !s.trusted(hop) {
			return a.Unmap().String()
		}
	}
	return host
}

// trusted reports whether addr is one of the trusted proxies.
func (s *Server) trusted(addr string) bool {
	a, err := netip.ParseAddr(addr)
	if err != nil {
		return false
	}
	for _, p := range s.cfg.TrustedProxies {
		if p.Contains(a.Unmap()) {
			return true
		}
	}
	return false
}

// ParseTrustedProxies reads proxies given as addresses or CIDR prefixes,
// separated by commas or spaces ("10.0.0.5, 192.168.1.0/24").
func ParseTrustedProxies(s string) ([]netip.Prefix, error) {
	var out []netip.Prefix
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		if p, err := netip.ParsePrefix(f); err == nil {
			out = append(out, p.Masked())
			continue
		}
		a, err := netip.ParseAddr(f)
		if err != nil {
			return nil, rastro.Errorf(rastro.EINVALID, "trusted proxy %q: want an IP address or a CIDR prefix", f)
		}
		a = a.Unmap()
		out = append(out, netip.PrefixFrom(a, a.BitLen()))
	}
	return out, nil
}

func login(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	if err := parseForm(w, r); err != nil {
		return nil, err
	}
	v := loginView{Next: safeNext(r.PostFormValue("next")), Name: r.PostFormValue("name")}
	sess, err := s.cfg.Auth.Login(r.Context(), v.Name, r.PostFormValue("password"), r.PostFormValue("totp"), s.clientAddr(r))
	if err != nil {
		if auth.LoginReason(err) == "" {
			return nil, err
		}
		v.NeedOTP = auth.LoginReason(err) == auth.ReasonTOTPRequired || auth.LoginReason(err) == auth.ReasonBadTOTP
		v.Error = rastro.ErrorMessage(err)
		status := http.StatusUnauthorized
		var le *auth.LoginError
		if errors.As(err, &le) && le.Reason == auth.ReasonThrottled {
			status = http.StatusTooManyRequests
			w.Header().Set("Retry-After", strconv.Itoa(int(le.RetryAfter.Seconds())+1))
		}
		s.render(w, r, status, "login", v)
		return nil, nil
	}
	s.setSession(w, sess.Token, sess.ExpiresAt)
	return seeOther{To: v.Next}, nil
}

func logout(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	if c, err := r.Cookie(s.sessionCookie()); err == nil {
		if err := s.cfg.Auth.Logout(r.Context(), c.Value); err != nil {
			return nil, err
		}
	}
	s.clearSession(w)
	return seeOther{To: "/login"}, nil
}

// switchLang remembers the chosen language in a cookie and goes back.
func switchLang(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	lang := r.PathValue("lang")
	if _, ok := messages[lang]; !ok {
		return nil, rastro.Errorf(rastro.EINVALID, "language %q: want en or es", lang)
	}
	http.SetCookie(w, &http.Cookie{Name: "lang", Value: lang, Path: "/", MaxAge: 365 * 24 * 3600,
		HttpOnly: true, Secure: s.cfg.Secure, SameSite: http.SameSiteLaxMode})
	return seeOther{To: safeNext(r.URL.Query().Get("next"))}, nil
}

type meView struct {
	*auth.User
	Permissions []auth.Permission `json:"permissions"`
}

func me(s *Server, w http.ResponseWriter, r *http.Request) (any, error) {
	u := userFrom(r.Context())
	v := meView{User: u}
	for _, p := range auth.Permissions {
		if auth.Can(u.Role, p) {
			v.Permissions = append(v.Permissions, p)
		}
	}
	return v, nil
}

// loginURL is the login page that returns to the request's page.
func loginURL(r *http.Request) string {
	return "/login?next=" + url.QueryEscape(safeNext(r.URL.RequestURI()))
}
