// Package phash computes 64-bit perceptual hashes of images, which stay close
// (a small Hamming distance) when an image is re-encoded, resized or lightly
// edited, so copies of the same photograph or video frame can be found.
package phash

import (
	"fmt"
	"image"
	"image/color"
	_ "image/gif" // decoders for image.Decode
	_ "image/jpeg"
	_ "image/png"
	"io"
	"math/bits"
	"strconv"

	"github.com/corona10/goimagehash"
)

// NearDuplicate is the largest Hamming distance between two hashes that still
// flags the images as likely copies of each other.
const NearDuplicate = 10

// maxPixels refuses images whose decoding alone would take too much memory
// (a decoded JPEG takes 1.5 to 4 bytes a pixel).
const maxPixels = 64 << 20

// Image returns the perceptual hash of img as 16 hex digits.
func Image(img image.Image) (string, error) {
	h, err := goimagehash.PerceptionHash(shrink(img, shrinkTo))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%016x", h.GetHash()), nil
}

// Decode decodes an image (JPEG, PNG, GIF) and hashes it.
func Decode(r io.ReadSeeker) (string, error) {
	cfg, _, err := image.DecodeConfig(r)
	if err != nil {
		return "", err
	}
	if cfg.Width*cfg.Height > maxPixels {
		return "", fmt.Errorf("image of %d×%d pixels is too large to hash", cfg.Width, cfg.Height)
	}
	if _, err := r.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	img, _, err := image.Decode(r)
	if err != nil {
		return "", err
	}
	return Image(img)
}

// shrinkTo is the size large images are brought down to before hashing. The
// hash itself looks at 64×64 pixels; shrinking first, by averaging samples,
// spares the resizer a full-size copy of a many-megapixel photograph.
const shrinkTo = 256

// shrink returns img scaled so neither side exceeds limit, each output pixel
// the average of up to 4×4 samples of the area it covers.
func shrink(img image.Image, limit int) image.Image {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	if w <= limit && h <= limit {
		return img
	}
	ow, oh := limit, h*limit/w
	if h > w {
		ow, oh = w*limit/h, limit
	}
	ow, oh = max(ow, 1), max(oh, 1)
	out := image.NewRGBA(image.Rect(0, 0, ow, oh))
	const grid = 4
	for y := range oh {
		for x := range ow {
			var r, g, bl, a uint32
			for j := range grid {
				sy := b.Min.Y + (y*grid+j)*h/(oh*grid)
				for i := range grid {
					sx := b.Min.X + (x*grid+i)*w/(ow*grid)
					pr, pg, pb, pa := img.At(sx, sy).RGBA()
					r, g, bl, a = r+pr, g+pg, bl+pb, a+pa
				}
			}
			n := uint32(grid * grid)
			out.Set(x, y, color.RGBA64{uint16(r / n), uint16(g / n), uint16(bl / n), uint16(a / n)})
		}
	}
	return out
}

// Distance is the number of differing bits between two hashes.
func Distance(a, b string) (int, error) {
	x, err := strconv.ParseUint(a, 16, 64)
	if err != nil {
		return 0, fmt.Errorf("perceptual hash %q: %w", a, err)
	}
	y, err := strconv.ParseUint(b, 16, 64)
	if err != nil {
		return 0, fmt.Errorf("perceptual hash %q: %w", b, err)
	}
	return bits.OnesCount64(x ^ y), nil
}

// Closest returns the smallest distance between any hash in a and any in b,
// or -1 when either is empty or a hash is malformed.
func Closest(a, b []string) int {
	best := -1
	for _, x := range a {
		for _, y := range b {
			d, err := Distance(x, y)
			if err == nil && (best < 0 || d < best) {
				best = d
			}
		}
	}
	return best
}
