package auth

import (
	"net"
	"net/netip"
	"strings"
	"time"
)

// Backoff is an exponential lockout: after Free failures within Window, the
// key is locked for Base, doubling with each further failure up to Max,
// counted from the last failure. Counts live in the store, so a restart
// does not reset them; a success resets them. Window and Max must not
// exceed a day (the store sweeps older counts).
type Backoff struct {
	Free   int
	Base   time.Duration
	Max    time.Duration
	Window time.Duration
}

// LockedUntil returns when a key with th's failures unlocks (zero when it
// is not locked).
func (b Backoff) LockedUntil(th Throttle) time.Time {
	if th.Failures < b.Free {
		return time.Time{}
	}
	d := b.Base
	for i := b.Free; i < th.Failures && d < b.Max; i++ {
		d *= 2
	}
	return th.Last.Add(min(d, b.Max))
}

// accountKey and addressKey name the throttles of a login attempt. IPv6
// addresses are throttled by /64, which one client usually controls whole.
func accountKey(name string) string { return "user:" + strings.ToLower(name) }

func addressKey(remoteAddr string) string {
	host := remoteAddr
	if h, _, err := net.SplitHostPort(remoteAddr); err == nil {
		host = h
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		if host == "" {
			return "addr:unknown"
		}
		if len(host) > 64 {
			host = host[:64]
		}
		return "addr:" + host
	}
	a = a.Unmap()
	if a.Is6() {
		p, _ := a.Prefix(64)
		return "addr:" + p.String()
	}
	return "addr:" + a.String()
}
