package sqldbtest

import (
	"reflect"

	"github.com/rastro-project/rastro"
)

// EachCitation calls f with every citation reachable from v (a bundle or a
// record, by pointer), map values included, so a test can blank what a
// reader does not read or a database assigns before comparing.
func EachCitation(v any, f func(*rastro.Citation)) { eachCitation(reflect.ValueOf(v), f) }

func eachCitation(v reflect.Value, f func(*rastro.Citation)) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			eachCitation(v.Elem(), f)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			eachCitation(v.Index(i), f)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			e := reflect.New(v.Type().Elem()).Elem()
			e.Set(v.MapIndex(k))
			eachCitation(e, f)
			v.SetMapIndex(k, e)
		}
	case reflect.Struct:
		if c, ok := v.Addr().Interface().(*rastro.Citation); ok {
			f(c)
			return
		}
		for i := range v.NumField() {
			if fv := v.Field(i); fv.CanSet() {
				eachCitation(fv, f)
			}
		}
	}
}
