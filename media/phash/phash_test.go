package phash

import (
	"bytes"
	"image"
	"image/draw"
	"image/gif"
	"image/png"
	"strconv"
	"testing"

	"github.com/rastro-project/rastro/media/mediatest"
)

func TestNearDuplicates(t *testing.T) {
	orig, err := Decode(bytes.NewReader(mediatest.JPEG(t, mediatest.Scene(4, 0), nil)))
	if err != nil {
		t.Fatal(err)
	}
	// The same scene at half size, as PNG: a copy.
	src := mediatest.Scene(4, 0)
	half := image.NewRGBA(image.Rect(0, 0, 128, 96))
	for y := range 96 {
		for x := range 128 {
			half.Set(x, y, src.At(2*x, 2*y))
		}
	}
	var b bytes.Buffer
	png.Encode(&b, half)
	copyHash, err := Decode(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	// Cropped by 8 pixels on one side and re-encoded.
	crop := image.NewRGBA(image.Rect(0, 0, 248, 192))
	draw.Draw(crop, crop.Bounds(), src, image.Point{8, 0}, draw.Src)
	cropHash, err := Decode(bytes.NewReader(mediatest.JPEG(t, crop, nil)))
	if err != nil {
		t.Fatal(err)
	}
	other, err := Decode(bytes.NewReader(mediatest.JPEG(t, mediatest.Scene(9, 0), nil)))
	if err != nil {
		t.Fatal(err)
	}
	for name, h := range map[string]string{"half-size png": copyHash, "cropped": cropHash} {
		if d, _ := Distance(orig, h); d > NearDuplicate {
			t.Errorf("%s: distance %d, want ≤ %d", name, d, NearDuplicate)
		}
	}
	if d, _ := Distance(orig, other); d <= NearDuplicate {
		t.Errorf("different scene: distance %d, want > %d", d, NearDuplicate)
	}
	if Closest([]string{other, copyHash}, []string{orig}) > NearDuplicate {
		t.Error("Closest missed the copy")
	}
	if Closest(nil, []string{orig}) != -1 {
		t.Error("Closest of nothing should be -1")
	}
	if _, err := Distance("zz", orig); err == nil {
		t.Error("malformed hash accepted")
	}
	if _, err := Decode(bytes.NewReader([]byte("not an image"))); err == nil {
		t.Error("garbage decoded")
	}
}

func TestLargeImageShrunkBeforeHashing(t *testing.T) {
	small := mediatest.Scene(6, 0)
	big := image.NewRGBA(image.Rect(0, 0, 256*8, 192*8))
	for y := range 192 * 8 {
		for x := range 256 * 8 {
			big.Set(x, y, small.At(x/8, y/8))
		}
	}
	if b := shrink(big, shrinkTo).Bounds(); b.Dx() != 256 || b.Dy() != 192 {
		t.Fatalf("shrunk to %v", b)
	}
	if shrink(small, shrinkTo) != small {
		t.Fatal("a small image was copied")
	}
	hs, _ := Image(small)
	hb, _ := Image(big)
	if d, _ := Distance(hs, hb); d > NearDuplicate {
		t.Fatalf("8× enlargement: distance %d", d)
	}
}

// FuzzDecode: an uploaded image is hashed to 16 hex digits, the same each
// time, or refused with an error, never a panic; a 1×1 image hashes too.
func FuzzDecode(f *testing.F) {
	for _, size := range []image.Rectangle{image.Rect(0, 0, 1, 1), image.Rect(0, 0, 3, 300), image.Rect(0, 0, 9, 8)} {
		img := image.NewRGBA(size)
		draw.Draw(img, image.Rect(0, 0, 2, 2), image.White, image.Point{}, draw.Src)
		var b bytes.Buffer
		png.Encode(&b, img)
		f.Add(b.Bytes())
		b.Reset()
		gif.Encode(&b, img, nil)
		f.Add(b.Bytes())
	}
	f.Add(mediatest.JPEG(f, mediatest.Scene(1, 0), nil))
	f.Add([]byte("GIF89a\x00\x00\x00\x00\x00\x00\x00,\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00;"))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := Decode(bytes.NewReader(data))
		if err != nil {
			return
		}
		if _, perr := strconv.ParseUint(h, 16, 64); len(h) != 16 || perr != nil {
			t.Fatalf("hash %q is not 16 hex digits", h)
		}
		if again, err := Decode(bytes.NewReader(data)); err != nil || again != h {
			t.Fatalf("hashed %s, then %s (%v)", h, again, err)
		}
	})
}
