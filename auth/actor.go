package auth

import (
	"context"
	"os/user"
)

// Actor is who is acting in a context: the audit log records it and the
// store decides from its role whether to reveal protected fields.
type Actor struct {
	UserID int64  // 0 for the local command line
	Name   string // user name, or "cli:" and the OS user
	Role   Role
}

type actorKey struct{}

// WithActor returns a context acting as u.
func WithActor(ctx context.Context, u *User) context.Context {
	return WithActorValue(ctx, Actor{UserID: u.ID, Name: u.Name, Role: u.Role})
}

// WithActorValue returns a context acting as a.
func WithActorValue(ctx context.Context, a Actor) context.Context {
	return context.WithValue(ctx, actorKey{}, a)
}

// WithoutActor returns a context that acts as nobody, whatever ctx carried:
// a server's base context must not pass the command line's LocalAdmin on
// to requests that have not logged in.
func WithoutActor(ctx context.Context) context.Context {
	return context.WithValue(ctx, actorKey{}, nil)
}

// ActorFrom returns the context's actor; ok is false when none was set
// (then the actor has no permissions at all).
func ActorFrom(ctx context.Context) (a Actor, ok bool) {
	a, ok = ctx.Value(actorKey{}).(Actor)
	return a, ok
}

// Allowed reports whether the context's actor has permission p.
func Allowed(ctx context.Context, p Permission) bool {
	a, ok := ActorFrom(ctx)
	return ok && Can(a.Role, p)
}

// CanReadProtected reports whether the context may see protected fields in
// clear.
func CanReadProtected(ctx context.Context) bool { return Allowed(ctx, PermReadProtected) }

// LocalAdmin is the actor of the command line: whoever can run rastro on
// the machine can read the database and key files anyway, so the CLI acts
// as an admin, named after the OS user ("cli:ana", or "cli").
func LocalAdmin() Actor {
	name := "cli"
	if u, err := user.Current(); err == nil && u.Username != "" {
		name = "cli:" + u.Username
	}
	return Actor{Name: name, Role: RoleAdmin}
}
