// Package leftover finds what killed work leaves behind: a blob store's
// partial blobs and the web server's upload folders. Whoever writes such a
// file or folder holds an exclusive lock on it (Hold) for as long as it
// works; the operating system drops the lock when the process dies, however
// it dies. So a file that can be locked belongs to no one and is a
// leftover, however young, and one that cannot is in use and left alone.
package leftover

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Item is one leftover: a file or a folder.
type Item struct {
	Path    string
	Size    int64 // bytes, a folder's files summed
	ModTime time.Time
}

// Hold takes the lock that marks path as in use by this process; release
// drops it. Call it as soon as the file or folder exists.
func Hold(path string) (release func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if err := lock(f, true); err != nil {
		f.Close()
		return nil, err
	}
	return func() { f.Close() }, nil
}

// Find lists the entries of dir whose names start with prefix and that no
// live process holds. A missing dir holds none.
func Find(dir, prefix string) ([]Item, error) {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	var out []Item
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), prefix) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		it, ok, err := check(p)
		if err != nil {
			return out, err
		}
		if ok {
			out = append(out, it)
		}
	}
	return out, nil
}

// check reports whether p is held by no one, with its size and time.
func check(p string) (Item, bool, error) {
	f, err := os.Open(p)
	if errors.Is(err, fs.ErrNotExist) {
		return Item{}, false, nil // finished meanwhile
	} else if err != nil {
		return Item{}, false, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Item{}, false, err
	}
	if lock(f, false) != nil || !unlockedLongEnough(fi.ModTime()) {
		return Item{}, false, nil
	}
	it := Item{Path: p, Size: fi.Size(), ModTime: fi.ModTime()}
	if fi.IsDir() {
		it.Size = 0
		filepath.WalkDir(p, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if i, err := d.Info(); err == nil {
					it.Size += i.Size()
				}
			}
			return nil
		})
	}
	return it, true, nil
}

// Remove deletes the items that are still leftovers (a check again, just
// before) and returns those it removed.
func Remove(items []Item) ([]Item, error) {
	var removed []Item
	for _, it := range items {
		if _, ok, err := check(it.Path); err != nil {
			return removed, err
		} else if !ok {
			continue
		}
		if err := os.RemoveAll(it.Path); err != nil {
			return removed, err
		}
		removed = append(removed, it)
	}
	return removed, nil
}
