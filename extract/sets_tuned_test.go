package extract

import (
	"os"
	"testing"
)

// exBlindDir was the blind set 2026-12: written and hashed before the
// rules of its round, scored once at e16e61c (its first score stays in
// testdata/first-scores.md under its old name), then tuned on, so it is a
// tuning set now. Its files keep their hashes all the same: a label is
// never fixed after the fact to raise a figure.
const exBlindDir = "testdata/tuning-2026-12-exblind"

// exBlindBDir was the blind set 2026-12b, scored once at 4028a7f (first
// score under blind-2026-12b in first-scores.md) and tuned on in round 3.
const exBlindBDir = "testdata/tuning-2026-12b-exblind"

// exBlindCDir was the blind set 2026-12c, scored once at a6efaab (first
// score under blind-2026-12c in first-scores.md) and tuned on in round 4.
const exBlindCDir = "testdata/tuning-2026-12c-exblind"

// exBlindDDir was the blind set 2026-12d, scored once at 52a4fc3 (first
// score under blind-2026-12d in first-scores.md) and tuned on in round 5.
const exBlindDDir = "testdata/tuning-2026-12d-exblind"

// exBlindEDir was the blind set 2026-12e, scored once at 1727747 (first
// score under blind-2026-12e in first-scores.md) and tuned on in round 6.
const exBlindEDir = "testdata/tuning-2026-12e-exblind"

// exBlindFDir was the blind set 2026-12f, scored once at 487d31c (first
// score under blind-2026-12f in first-scores.md) and tuned on in round 7.
const exBlindFDir = "testdata/tuning-2026-12f-exblind"

// exBlindGDir was the blind set 2026-12g, scored once at 04d4374 (first
// score under blind-2026-12g in first-scores.md) and tuned on in round 8.
const exBlindGDir = "testdata/tuning-2026-12g-exblind"

// exBlindHDir was the blind set 2026-12h, scored once at 670320a (first
// score under blind-2026-12h in first-scores.md) and tuned on in round 9.
const exBlindHDir = "testdata/tuning-2026-12h-exblind"

// exBlindIDir was the blind set 2026-12i, scored once at 24797b8 (first
// score under blind-2026-12i in first-scores.md) and tuned on in round 10.
const exBlindIDir = "testdata/tuning-2026-12i-exblind"

// exBlindJDir was the blind set 2026-12j, scored once at af62941 (first
// score under blind-2026-12j in first-scores.md) and tuned on in round 11.
const exBlindJDir = "testdata/tuning-2026-12j-exblind"

// exBlindKDir was the blind set 2026-12k, scored once at 14944f4 (first
// score under blind-2026-12k in first-scores.md) and tuned on in round 12.
const exBlindKDir = "testdata/tuning-2026-12k-exblind"

// exBlindLDir was the blind set 2026-12l, scored once at 42afa66 (first
// score under blind-2026-12l in first-scores.md) and tuned on in round 13.
const exBlindLDir = "testdata/tuning-2026-12l-exblind"

// exBlindMDir was the blind set 2026-12m, scored once at 44069fe (first
// score under blind-2026-12m in first-scores.md) and tuned on in round 14.
const exBlindMDir = "testdata/tuning-2026-12m-exblind"

// exBlindNDir was the blind set 2026-12n, scored once at 717b51f (first
// score under blind-2026-12n in first-scores.md) and tuned on in round 15.
const exBlindNDir = "testdata/tuning-2026-12n-exblind"

// exBlindODir was the blind set 2026-12o, scored once at 1052de4 (first
// score under blind-2026-12o in first-scores.md) and tuned on in round 16.
const exBlindODir = "testdata/tuning-2026-12o-exblind"

// exBlindPDir was the blind set 2026-12p, scored once at 23e5d5d (first
// score under blind-2026-12p in first-scores.md) and tuned on in round 17.
const exBlindPDir = "testdata/tuning-2026-12p-exblind"

// exBlindQDir was the blind set 2026-12q, scored once at f4ef0ee (first
// score under blind-2026-12q in first-scores.md) and tuned on in round 18.
const exBlindQDir = "testdata/tuning-2026-12q-exblind"

// exBlindRDir was the blind set 2026-12r, scored once at a99d857 (first
// score under blind-2026-12r in first-scores.md) and tuned on in round 19.
const exBlindRDir = "testdata/tuning-2026-12r-exblind"

// exBlindSDir was the blind set 2026-12s, scored once at 3060276 (first
// score under blind-2026-12s in first-scores.md) and tuned on in round 20.
const exBlindSDir = "testdata/tuning-2026-12s-exblind"

// exBlindTDir was the blind set 2026-12t, scored once at 3060276 (first
// score under blind-2026-12t in first-scores.md) and tuned on in round 20.
const exBlindTDir = "testdata/tuning-2026-12t-exblind"

// exBlindUDir was the blind set 2026-12u, scored once at 3d1c7a7 (first
// score under blind-2026-12u in first-scores.md) and tuned on in round 21.
const exBlindUDir = "testdata/tuning-2026-12u-exblind"

// exBlindVDir was the blind set 2026-12v, scored once at 3d1c7a7 (first
// score under blind-2026-12v in first-scores.md) and tuned on in round 21.
const exBlindVDir = "testdata/tuning-2026-12v-exblind"

// exBlindWDir was the blind set 2026-12w, scored once at d1d9a8e (first
// score under blind-2026-12w in first-scores.md) and tuned on in round 22.
const exBlindWDir = "testdata/tuning-2026-12w-exblind"

// exBlindXDir was the blind set 2026-12x, scored once at d1d9a8e (first
// score under blind-2026-12x in first-scores.md) and tuned on in round 22.
const exBlindXDir = "testdata/tuning-2026-12x-exblind"

// exBlindYDir was the blind set 2026-12y, scored once at 6a9ca12 (first
// score under blind-2026-12y in first-scores.md) and tuned on in round 23.
const exBlindYDir = "testdata/tuning-2026-12y-exblind"

// exBlindZDir was the blind set 2026-12z, scored once at 6a9ca12 (first
// score under blind-2026-12z in first-scores.md) and tuned on in round 23.
const exBlindZDir = "testdata/tuning-2026-12z-exblind"

// exBlindZaDir was the blind set 2026-12za, scored once at ce75544 (first
// score under blind-2026-12za in first-scores.md) and tuned on in round 24.
const exBlindZaDir = "testdata/tuning-2026-12za-exblind"

// exBlindZbDir was the blind set 2026-12zb, scored once at e7ce6f1 (first
// score under blind-2026-12zb in first-scores.md) and tuned on in round 25.
const exBlindZbDir = "testdata/tuning-2026-12zb-exblind"

// exBlindZcDir was the blind set 2026-12zc, scored once at e7ce6f1 (first
// score under blind-2026-12zc in first-scores.md) and tuned on in round 25.
const exBlindZcDir = "testdata/tuning-2026-12zc-exblind"

// exBlindZdDir was the blind set 2026-12zd, scored once at b217b00 (first
// score under blind-2026-12zd in first-scores.md) and tuned on in round 26.
const exBlindZdDir = "testdata/tuning-2026-12zd-exblind"

// exBlindZeDir was the blind set 2026-12ze, scored once at b217b00 (first
// score under blind-2026-12ze in first-scores.md) and tuned on in round 26.
const exBlindZeDir = "testdata/tuning-2026-12ze-exblind"

// exBlindZfDir was the blind set 2026-12zf, scored once at b876b37 (first
// score under blind-2026-12zf in first-scores.md) and tuned on in round 27.
const exBlindZfDir = "testdata/tuning-2026-12zf-exblind"

// exBlindZgDir was the blind set 2026-12zg, scored once at b876b37 (first
// score under blind-2026-12zg in first-scores.md) and tuned on in round 27.
const exBlindZgDir = "testdata/tuning-2026-12zg-exblind"

// exBlindZhDir was the blind set 2026-12zh, scored once at 700e0a3 (first
// score under blind-2026-12zh in first-scores.md) and tuned on in round 28.
const exBlindZhDir = "testdata/tuning-2026-12zh-exblind"

// exBlindZiDir was the blind set 2026-12zi, scored once at 700e0a3 (first
// score under blind-2026-12zi in first-scores.md) and tuned on in round 28.
const exBlindZiDir = "testdata/tuning-2026-12zi-exblind"

// exBlindZjDir was the blind set 2026-12zj, scored once at 2a8c588 (first
// score under blind-2026-12zj in first-scores.md) and tuned on in round 29.
const exBlindZjDir = "testdata/tuning-2026-12zj-exblind"

// exBlindZkDir was the blind set 2026-12zk, scored once at 2a8c588 (first
// score under blind-2026-12zk in first-scores.md) and tuned on in round 29.
const exBlindZkDir = "testdata/tuning-2026-12zk-exblind"

// exBlindZlDir was the blind set 2026-12zl, scored once at 6612639 (first
// score under blind-2026-12zl in first-scores.md) and tuned on in round 30.
const exBlindZlDir = "testdata/tuning-2026-12zl-exblind"

// exBlindZmDir was the blind set 2026-12zm, scored once at 6612639 (first
// score under blind-2026-12zm in first-scores.md) and tuned on in round 30.
const exBlindZmDir = "testdata/tuning-2026-12zm-exblind"

// exBlindZnDir was the blind set 2026-12zn, scored once at 8b22379 (first
// score under blind-2026-12zn in first-scores.md) and tuned on in round 31.
const exBlindZnDir = "testdata/tuning-2026-12zn-exblind"

// exBlindZoDir was the blind set 2026-12zo, scored once at 8b22379 (first
// score under blind-2026-12zo in first-scores.md) and tuned on in round 31.
const exBlindZoDir = "testdata/tuning-2026-12zo-exblind"

// exBlindZpDir was the blind set 2026-12zp, scored once at e0f9832 (first
// score under blind-2026-12zp in first-scores.md) and tuned on in round 32.
const exBlindZpDir = "testdata/tuning-2026-12zp-exblind"

// exBlindZqDir was the blind set 2026-12zq, scored once at e0f9832 (first
// score under blind-2026-12zq in first-scores.md) and tuned on in round 32.
const exBlindZqDir = "testdata/tuning-2026-12zq-exblind"

// exBlindZrDir was the blind set 2026-12zr, scored once at b87e716 (first
// score under blind-2026-12zr in first-scores.md) and tuned on in round 33.
const exBlindZrDir = "testdata/tuning-2026-12zr-exblind"

// exBlindZsDir was the blind set 2026-12zs, scored once at b87e716 (first
// score under blind-2026-12zs in first-scores.md) and tuned on in round 33.
const exBlindZsDir = "testdata/tuning-2026-12zs-exblind"

// exBlindZtDir was the blind set 2026-12zt, scored once at 43a807e (first
// score under blind-2026-12zt in first-scores.md) and tuned on in round 34.
const exBlindZtDir = "testdata/tuning-2026-12zt-exblind"

// exBlindZuDir was the blind set 2026-12zu, scored once at 43a807e (first
// score under blind-2026-12zu in first-scores.md) and tuned on in round 34.
const exBlindZuDir = "testdata/tuning-2026-12zu-exblind"

// exBlindZvDir was the blind set 2026-12zv, scored once at a0abeec (first
// score under blind-2026-12zv in first-scores.md) and tuned on in round 35.
const exBlindZvDir = "testdata/tuning-2026-12zv-exblind"

// exBlindZwDir was the blind set 2026-12zw, scored once at a0abeec (first
// score under blind-2026-12zw in first-scores.md) and tuned on in round 35.
const exBlindZwDir = "testdata/tuning-2026-12zw-exblind"

// exBlindZxDir was the blind set 2026-12zx, scored once at 4ce2b72 (first
// score under blind-2026-12zx in first-scores.md) and tuned on in round 36.
const exBlindZxDir = "testdata/tuning-2026-12zx-exblind"

// exBlindZyDir was the blind set 2026-12zy, scored once at 4ce2b72 (first
// score under blind-2026-12zy in first-scores.md) and tuned on in round 36.
const exBlindZyDir = "testdata/tuning-2026-12zy-exblind"

// exBlindZzDir was the blind set 2026-12zz, scored once at ff2729d (first
// score under blind-2026-12zz in first-scores.md) and tuned on in round 37.
const exBlindZzDir = "testdata/tuning-2026-12zz-exblind"

// exBlindZzaDir was the blind set 2026-12zza, scored once at ff2729d (first
// score under blind-2026-12zza in first-scores.md) and tuned on in round 37.
const exBlindZzaDir = "testdata/tuning-2026-12zza-exblind"

// exBlindZzbDir was the blind set 2026-12zzb, scored once at c8a5b5d (first
// score under blind-2026-12zzb in first-scores.md) and tuned on in round 37.
const exBlindZzbDir = "testdata/tuning-2026-12zzb-exblind"

// exBlindZzcDir was the blind set 2026-12zzc, scored once at c8a5b5d (first
// score under blind-2026-12zzc in first-scores.md) and tuned on in round 37.
const exBlindZzcDir = "testdata/tuning-2026-12zzc-exblind"

// exBlindZzdDir was the blind set 2026-12zzd, scored once at 753f909 (first
// score under blind-2026-12zzd in first-scores.md) and tuned on in round 38.
const exBlindZzdDir = "testdata/tuning-2026-12zzd-exblind"

// exBlindZzeDir was the blind set 2026-12zze, scored once at 753f909 (first
// score under blind-2026-12zze in first-scores.md) and tuned on in round 38.
const exBlindZzeDir = "testdata/tuning-2026-12zze-exblind"

// exBlindZzfDir was the blind set 2026-12zzf, scored once at 4f7953d (first
// score under blind-2026-12zzf in first-scores.md) and tuned on in round 39.
const exBlindZzfDir = "testdata/tuning-2026-12zzf-exblind"

// exBlindZzgDir was the blind set 2026-12zzg, scored once at 4f7953d (first
// score under blind-2026-12zzg in first-scores.md) and tuned on in round 39.
const exBlindZzgDir = "testdata/tuning-2026-12zzg-exblind"

// exBlindZzhDir was the blind set 2026-12zzh, scored once at f48e67d (first
// score under blind-2026-12zzh in first-scores.md). A rules helper of round
// 39 saw its README row (the set's description, not its paragraphs) before
// that score, so it is counted a tuning set from then on.
const exBlindZzhDir = "testdata/tuning-2026-12zzh-exblind"

// exBlindZziDir was the blind set 2026-12zzi, scored once at f48e67d (first
// score under blind-2026-12zzi in first-scores.md) and tuned on in round 40.
const exBlindZziDir = "testdata/tuning-2026-12zzi-exblind"

// exBlindZzjDir was the blind set 2026-12zzj, scored once at f48e67d (first
// score under blind-2026-12zzj in first-scores.md) and tuned on in round 40.
const exBlindZzjDir = "testdata/tuning-2026-12zzj-exblind"

// exBlindZzkDir was the blind set 2026-12zzk, scored once at f48e67d (first
// score under blind-2026-12zzk in first-scores.md) and tuned on in round 40.
const exBlindZzkDir = "testdata/tuning-2026-12zzk-exblind"

// exBlindZzlDir was the blind set 2026-12zzl, scored once at c5b6e6b (first
// score under blind-2026-12zzl in first-scores.md) and tuned on in round 40.
const exBlindZzlDir = "testdata/tuning-2026-12zzl-exblind"

// exBlindZzmDir was the blind set 2026-12zzm, scored once at de0c46c (first
// score under blind-2026-12zzm in first-scores.md) and tuned on in round 41.
const exBlindZzmDir = "testdata/tuning-2026-12zzm-exblind"

// exBlindZznDir was the blind set 2026-12zzn, scored once at de0c46c (first
// score under blind-2026-12zzn in first-scores.md) and tuned on in round 41.
const exBlindZznDir = "testdata/tuning-2026-12zzn-exblind"

// exBlindZzoDir was the blind set 2026-12zzo, scored once at de0c46c (first
// score under blind-2026-12zzo in first-scores.md) and tuned on in round 41.
const exBlindZzoDir = "testdata/tuning-2026-12zzo-exblind"

// exBlindZzpDir was the blind set 2026-12zzp, scored once at de0c46c (first
// score under blind-2026-12zzp in first-scores.md) and tuned on in round 41.
const exBlindZzpDir = "testdata/tuning-2026-12zzp-exblind"

// exBlindZzqDir was the blind set 2026-12zzq, scored once at de0c46c (first
// score under blind-2026-12zzq in first-scores.md) and tuned on in round 41.
const exBlindZzqDir = "testdata/tuning-2026-12zzq-exblind"

// exBlindZzrDir was the blind set 2026-12zzr, scored once at 7f69c48 (first
// score under blind-2026-12zzr in first-scores.md) and tuned on in round 42.
const exBlindZzrDir = "testdata/tuning-2026-12zzr-exblind"

// exBlindZzsDir was the blind set 2026-12zzs, scored once at 7f69c48 (first
// score under blind-2026-12zzs in first-scores.md) and tuned on in round 42.
const exBlindZzsDir = "testdata/tuning-2026-12zzs-exblind"

// exBlindZztDir was the blind set 2026-12zzt, scored once at 7f69c48 (first
// score under blind-2026-12zzt in first-scores.md) and tuned on in round 42.
const exBlindZztDir = "testdata/tuning-2026-12zzt-exblind"

// exBlindZzuDir was the blind set 2026-12zzu, scored once at 7f69c48 (first
// score under blind-2026-12zzu in first-scores.md) and tuned on in round 42.
const exBlindZzuDir = "testdata/tuning-2026-12zzu-exblind"

// exBlindZzvDir was the blind set 2026-12zzv, scored once at 7f69c48 (first
// score under blind-2026-12zzv in first-scores.md) and tuned on in round 42.
const exBlindZzvDir = "testdata/tuning-2026-12zzv-exblind"

// exBlindZzwDir was the blind set 2026-12zzw, scored once at ad5d95e (first
// score under blind-2026-12zzw in first-scores.md) and tuned on in round 43.
const exBlindZzwDir = "testdata/tuning-2026-12zzw-exblind"

// exBlindZzxDir was the blind set 2026-12zzx, scored once at ad5d95e (first
// score under blind-2026-12zzx in first-scores.md) and tuned on in round 43.
const exBlindZzxDir = "testdata/tuning-2026-12zzx-exblind"

// exBlindZzyDir was the blind set 2026-12zzy, scored once at ad5d95e (first
// score under blind-2026-12zzy in first-scores.md) and tuned on in round 43.
const exBlindZzyDir = "testdata/tuning-2026-12zzy-exblind"

// exBlindZzzDir was the blind set 2026-12zzz, scored once at ad5d95e (first
// score under blind-2026-12zzz in first-scores.md) and tuned on in round 43.
const exBlindZzzDir = "testdata/tuning-2026-12zzz-exblind"

// exBlindZzzaDir was the blind set 2026-12zzza, scored once at ad5d95e (first
// score under blind-2026-12zzza in first-scores.md) and tuned on in round 43.
const exBlindZzzaDir = "testdata/tuning-2026-12zzza-exblind"

// exBlindZzzbDir was the blind set 2026-12zzzb, scored once at aceb22d (first
// score under blind-2026-12zzzb in first-scores.md) and tuned on in round 44.
const exBlindZzzbDir = "testdata/tuning-2026-12zzzb-exblind"

// exBlindZzzcDir was the blind set 2026-12zzzc, scored once at aceb22d (first
// score under blind-2026-12zzzc in first-scores.md) and tuned on in round 44.
const exBlindZzzcDir = "testdata/tuning-2026-12zzzc-exblind"

// exBlindZzzdDir was the blind set 2026-12zzzd, scored once at aceb22d (first
// score under blind-2026-12zzzd in first-scores.md) and tuned on in round 44.
const exBlindZzzdDir = "testdata/tuning-2026-12zzzd-exblind"

// exBlindZzzeDir was the blind set 2026-12zzze, scored once at aceb22d (first
// score under blind-2026-12zzze in first-scores.md) and tuned on in round 44.
const exBlindZzzeDir = "testdata/tuning-2026-12zzze-exblind"

// exBlindZzzfDir was the blind set 2026-12zzzf, scored once at aceb22d (first
// score under blind-2026-12zzzf in first-scores.md) and tuned on in round 44.
const exBlindZzzfDir = "testdata/tuning-2026-12zzzf-exblind"

// exBlindZzzgDir was the blind set 2026-12zzzg, scored once at 14d4ad7 (first
// score under blind-2026-12zzzg in first-scores.md) and tuned on in round 45.
const exBlindZzzgDir = "testdata/tuning-2026-12zzzg-exblind"

// exBlindZzzhDir was the blind set 2026-12zzzh, scored once at 14d4ad7 (first
// score under blind-2026-12zzzh in first-scores.md) and tuned on in round 45.
const exBlindZzzhDir = "testdata/tuning-2026-12zzzh-exblind"

// exBlindZzziDir was the blind set 2026-12zzzi, scored once at 14d4ad7 (first
// score under blind-2026-12zzzi in first-scores.md) and tuned on in round 45.
const exBlindZzziDir = "testdata/tuning-2026-12zzzi-exblind"

// exBlindZzzjDir was the blind set 2026-12zzzj, scored once at 14d4ad7 (first
// score under blind-2026-12zzzj in first-scores.md) and tuned on in round 45.
const exBlindZzzjDir = "testdata/tuning-2026-12zzzj-exblind"

// exBlindZzzkDir was the blind set 2026-12zzzk, scored once at 14d4ad7 (first
// score under blind-2026-12zzzk in first-scores.md) and tuned on in round 45.
const exBlindZzzkDir = "testdata/tuning-2026-12zzzk-exblind"

// exBlindZzzlDir was the blind set 2026-12zzzl, scored once at 5897dfd (first
// score under blind-2026-12zzzl in first-scores.md) and tuned on in round 46.
const exBlindZzzlDir = "testdata/tuning-2026-12zzzl-exblind"

// exBlindZzzmDir was the blind set 2026-12zzzm, scored once at 5897dfd (first
// score under blind-2026-12zzzm in first-scores.md) and tuned on in round 46.
const exBlindZzzmDir = "testdata/tuning-2026-12zzzm-exblind"

// exBlindZzznDir was the blind set 2026-12zzzn, scored once at 5897dfd (first
// score under blind-2026-12zzzn in first-scores.md) and tuned on in round 46.
const exBlindZzznDir = "testdata/tuning-2026-12zzzn-exblind"

// exBlindZzzoDir was the blind set 2026-12zzzo, scored once at 5897dfd (first
// score under blind-2026-12zzzo in first-scores.md) and tuned on in round 46.
const exBlindZzzoDir = "testdata/tuning-2026-12zzzo-exblind"

// exBlindZzzpDir was the blind set 2026-12zzzp, scored once at 5897dfd (first
// score under blind-2026-12zzzp in first-scores.md) and tuned on in round 46.
const exBlindZzzpDir = "testdata/tuning-2026-12zzzp-exblind"

// exBlindZzzqDir was the blind set 2026-12zzzq, scored once at 2692b7d (first
// score under blind-2026-12zzzq in first-scores.md) and tuned on in round 46.
const exBlindZzzqDir = "testdata/tuning-2026-12zzzq-exblind"

// exBlindZzzrDir was the blind set 2026-12zzzr, scored once at 2692b7d (first
// score under blind-2026-12zzzr in first-scores.md) and tuned on in round 46.
const exBlindZzzrDir = "testdata/tuning-2026-12zzzr-exblind"

// exBlindZzzsDir was the blind set 2026-12zzzs, scored once at 2692b7d (first
// score under blind-2026-12zzzs in first-scores.md) and tuned on in round 46.
const exBlindZzzsDir = "testdata/tuning-2026-12zzzs-exblind"

// exBlindZzztDir was the blind set 2026-12zzzt, scored once at 2692b7d (first
// score under blind-2026-12zzzt in first-scores.md) and tuned on in round 46.
const exBlindZzztDir = "testdata/tuning-2026-12zzzt-exblind"

// exBlindZzzuDir was the blind set 2026-12zzzu, scored once at 2692b7d (first
// score under blind-2026-12zzzu in first-scores.md) and tuned on in round 46.
const exBlindZzzuDir = "testdata/tuning-2026-12zzzu-exblind"

// exBlindZzzvDir was the blind set 2026-12zzzv, scored once at ce1af59 (first
// score under blind-2026-12zzzv in first-scores.md) and tuned on in round 47.
const exBlindZzzvDir = "testdata/tuning-2026-12zzzv-exblind"

// exBlindZzzwDir was the blind set 2026-12zzzw, scored once at ce1af59 (first
// score under blind-2026-12zzzw in first-scores.md) and tuned on in round 47.
const exBlindZzzwDir = "testdata/tuning-2026-12zzzw-exblind"

// exBlindZzzxDir was the blind set 2026-12zzzx, scored once at ce1af59 (first
// score under blind-2026-12zzzx in first-scores.md) and tuned on in round 47.
const exBlindZzzxDir = "testdata/tuning-2026-12zzzx-exblind"

// exBlindZzzyDir was the blind set 2026-12zzzy, scored once at ce1af59 (first
// score under blind-2026-12zzzy in first-scores.md) and tuned on in round 47.
const exBlindZzzyDir = "testdata/tuning-2026-12zzzy-exblind"

// exBlindZzzzDir was the blind set 2026-12zzzz, scored once at ce1af59 (first
// score under blind-2026-12zzzz in first-scores.md) and tuned on in round 47.
const exBlindZzzzDir = "testdata/tuning-2026-12zzzz-exblind"

// exBlindZzzzaDir was the blind set 2026-12zzzza, scored once at c593c02 (first
// score under blind-2026-12zzzza in first-scores.md) and tuned on in round 48.
const exBlindZzzzaDir = "testdata/tuning-2026-12zzzza-exblind"

// exBlindZzzzbDir was the blind set 2026-12zzzzb, scored once at c593c02 (first
// score under blind-2026-12zzzzb in first-scores.md) and tuned on in round 48.
const exBlindZzzzbDir = "testdata/tuning-2026-12zzzzb-exblind"

// exBlindZzzzcDir was the blind set 2026-12zzzzc, scored once at c593c02 (first
// score under blind-2026-12zzzzc in first-scores.md) and tuned on in round 48.
const exBlindZzzzcDir = "testdata/tuning-2026-12zzzzc-exblind"

// exBlindZzzzdDir was the blind set 2026-12zzzzd, scored once at c593c02 (first
// score under blind-2026-12zzzzd in first-scores.md) and tuned on in round 48.
const exBlindZzzzdDir = "testdata/tuning-2026-12zzzzd-exblind"

// exBlindZzzzeDir was the blind set 2026-12zzzze, scored once at c593c02 (first
// score under blind-2026-12zzzze in first-scores.md) and tuned on in round 48.
const exBlindZzzzeDir = "testdata/tuning-2026-12zzzze-exblind"

// exBlindZzzzfDir was the blind set 2026-12zzzzf, scored once at 5df2c77 (first
// score under blind-2026-12zzzzf in first-scores.md) and tuned on in round 49.
const exBlindZzzzfDir = "testdata/tuning-2026-12zzzzf-exblind"

// exBlindZzzzgDir was the blind set 2026-12zzzzg, scored once at 5df2c77 (first
// score under blind-2026-12zzzzg in first-scores.md) and tuned on in round 49.
const exBlindZzzzgDir = "testdata/tuning-2026-12zzzzg-exblind"

// exBlindZzzzhDir was the blind set 2026-12zzzzh, scored once at 5df2c77 (first
// score under blind-2026-12zzzzh in first-scores.md) and tuned on in round 49.
const exBlindZzzzhDir = "testdata/tuning-2026-12zzzzh-exblind"

// exBlindZzzziDir was the blind set 2026-12zzzzi, scored once at 5df2c77 (first
// score under blind-2026-12zzzzi in first-scores.md) and tuned on in round 49.
const exBlindZzzziDir = "testdata/tuning-2026-12zzzzi-exblind"

// exBlindZzzzjDir was the blind set 2026-12zzzzj, scored once at 5df2c77 (first
// score under blind-2026-12zzzzj in first-scores.md) and tuned on in round 49.
const exBlindZzzzjDir = "testdata/tuning-2026-12zzzzj-exblind"

// exBlindZzzzkDir was the blind set 2026-12zzzzk, scored once at adc34ab (first
// score under blind-2026-12zzzzk in first-scores.md) and tuned on in round 50.
const exBlindZzzzkDir = "testdata/tuning-2026-12zzzzk-exblind"

// exBlindZzzzlDir was the blind set 2026-12zzzzl, scored once at adc34ab (first
// score under blind-2026-12zzzzl in first-scores.md) and tuned on in round 50.
const exBlindZzzzlDir = "testdata/tuning-2026-12zzzzl-exblind"

// exBlindZzzzmDir was the blind set 2026-12zzzzm, scored once at adc34ab (first
// score under blind-2026-12zzzzm in first-scores.md) and tuned on in round 50.
const exBlindZzzzmDir = "testdata/tuning-2026-12zzzzm-exblind"

// exBlindZzzznDir was the blind set 2026-12zzzzn, scored once at adc34ab (first
// score under blind-2026-12zzzzn in first-scores.md) and tuned on in round 50.
const exBlindZzzznDir = "testdata/tuning-2026-12zzzzn-exblind"

// exBlindZzzzoDir was the blind set 2026-12zzzzo, scored once at adc34ab (first
// score under blind-2026-12zzzzo in first-scores.md) and tuned on in round 50.
const exBlindZzzzoDir = "testdata/tuning-2026-12zzzzo-exblind"

// exBlindZzzzpDir was the blind set 2026-12zzzzp, scored once at e214614 (first
// score under blind-2026-12zzzzp in first-scores.md) and tuned on in round 51:
// its quotations in single quotation marks. Its floors in tuningSets are its
// first-score metrics, except those it scores higher now (at the move):
// quotation R 0.421 → 1.000, actor P 0.964 → 0.965, actor R 0.877 → 0.901.
const exBlindZzzzpDir = "testdata/tuning-2026-12zzzzp-exblind"

// tuningSet is an entry of tuningSets.
type tuningSet = struct {
	name   string
	files  []string
	quoted map[string]float64
}

// The ex-blind sets and the tuning rounds' own paragraphs join the tuning
// sets, with floors like theirs (for 2026-12b to 2026-12g, their figures
// after the round that tuned on them, above their first scores).
func init() {
	tuningSets = append(tuningSets,
		// round 39 (officers39): actor P 0.875 → 0.798: the harmed-officers rule gives the force
		// of officers counted among the harmed (README, settled in round 39) where these
		// hashed labels, written before the convention, leave it out (the hashed 54 against).
		// round 41 (wound41): weapon P 1.000 -> 0.944: ba-30 gains `live ammunition` from a
		// gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		tuningSet{"tuning-2026-12-exblind", []string{"tuning-2026-12-exblind/a-wire-ngo.txt", "tuning-2026-12-exblind/b-regional-mt.txt"},
			map[string]float64{"count P": 0.976, "count R": 0.960, "count.place": 0.917, "count.date": 0.950, "count.q": 1.000, "count.of": 0.992, "date P": 1.000, "date R": 0.984, "place P": 0.978, "place R": 0.965, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.798, "actor R": 0.963, "actor.type": 1.000, "weapon P": 0.944, "weapon R": 0.944, "wound P": 0.900, "wound R": 1.000}},
		// actor P 0.984 → 0.954 in round 38 (speakers38): soldiers acting in a
		// story from Peru are the Ejército del Perú, as 65 paragraphs label
		// them (most hashed) against 23 that leave them out or name the
		// Fuerzas Armadas; this set is among the 23 (label disagreement).
		tuningSet{"tuning-2026-12-r2", []string{"tuning-2026-12-r2.txt"},
			map[string]float64{"count P": 0.985, "count R": 0.985, "count.place": 0.985, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.991, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.954, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000}},
		tuningSet{"tuning-2026-12-r3", []string{"tuning-2026-12-r3.txt"},
			map[string]float64{"count P": 0.984, "count R": 0.984, "count.place": 0.967, "count.date": 0.967, "count.q": 1.000, "count.of": 0.984, "date P": 1.000, "date R": 0.970, "place P": 0.979, "place R": 0.979, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// date R: ca-17, cb-29, cc-26 label "that day"/"Ese día" in a later
		// sentence as a date of its own; 23 paragraphs of other sets do not
		// (round 27, dates27, results.md), and the rule follows them.
		tuningSet{"tuning-2026-12b-exblind", []string{"tuning-2026-12b-exblind/a-wire-ngo.txt", "tuning-2026-12b-exblind/b-regional.txt", "tuning-2026-12b-exblind/c-machine-translated.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.994, "count.place": 0.987, "count.date": 0.994, "count.q": 1.000, "count.of": 0.994, "date P": 1.000, "date R": 0.969, "place P": 0.976, "place R": 0.988, "quotation P": 0.974, "quotation R": 0.974, "quotation.text": 1.000, "actor P": 0.992, "actor R": 0.976, "actor.type": 1.000, "weapon P": 0.973, "weapon R": 0.973, "wound P": 1.000, "wound R": 1.000, "discharge P": 1.000, "discharge R": 0.800}},
		// actor P 1.000 → 0.973 in round 38 (speakers38): soldiers acting in a
		// story from Peru are the Ejército del Perú, as 65 paragraphs label
		// them (most hashed) against 23 that leave them out or name the
		// Fuerzas Armadas; this set is among the 23 (label disagreement).
		// round 39 (conv39): actor R 1.000 → 0.947 (officers39's rule: → 0.974): officers counted among the harmed
		// make their force an actor (settled 235 against 125, hashed 214 against 54);
		// r4-22, r4-31 gained the label (label correction); harmedforce.go gives r4-22, not r4-31 (bare "officers").
		tuningSet{"tuning-2026-12-r4", []string{"tuning-2026-12-r4.txt"},
			map[string]float64{"count P": 0.917, "count R": 0.917, "count.place": 0.909, "count.date": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.974, "actor R": 0.974, "actor.type": 1.000, "weapon P": 0.750, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12c-exblind", []string{"tuning-2026-12c-exblind/a-wire.txt", "tuning-2026-12c-exblind/b-regional-ngo.txt", "tuning-2026-12c-exblind/c-machine-translated.txt"},
			map[string]float64{"count P": 0.985, "count R": 0.993, "count.place": 0.993, "count.date": 0.940, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.971, "place R": 0.981, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 0.957, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.938}},
		tuningSet{"tuning-2026-12-r5", []string{"tuning-2026-12-r5.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.963, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "actor P": 1.000, "actor R": 1.000, "weapon P": 1.000, "wound P": 1.000}},
		tuningSet{"tuning-2026-12d-exblind", []string{"tuning-2026-12d-exblind/a-wire.txt", "tuning-2026-12d-exblind/b-regional-ngo.txt", "tuning-2026-12d-exblind/c-machine-translated.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.989, "count.place": 1.000, "count.date": 0.954, "count.q": 1.000, "count.of": 1.000, "date P": 0.986, "date R": 1.000, "place P": 0.969, "place R": 0.969, "quotation P": 0.938, "quotation R": 0.938, "quotation.text": 1.000, "actor P": 0.988, "actor R": 1.000, "actor.type": 1.000, "weapon P": 0.875, "weapon R": 0.933, "wound P": 1.000, "wound R": 1.000}},
		// count.date lowered in round 21: complaints, case files and lawsuits over a harm take no date from the harm's span
		// (convention settled in round 21, extract/testdata/README.md); this hashed set reads the other way in re-08 and me-09.
		tuningSet{"tuning-2026-12e-exblind", []string{"tuning-2026-12e-exblind/a-wire.txt", "tuning-2026-12e-exblind/b-regional-ngo.txt", "tuning-2026-12e-exblind/c-machine-translated.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.977, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.982, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// actor P 1.000 → 0.968 in round 38 (speakers38): soldiers acting in a
		// story from Peru are the Ejército del Perú, as 65 paragraphs label
		// them (most hashed) against 23 that leave them out or name the
		// Fuerzas Armadas; this set is among the 23 (label disagreement).
		tuningSet{"tuning-2026-12-r6", []string{"tuning-2026-12-r6.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.992, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.970, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// round 39 (conv39): actor R 1.000 → 0.846 (officers39's rule: → 0.962): officers counted among the harmed
		// make their force an actor (settled 235 against 125, hashed 214 against 54);
		// r7-09, r7-14, r7-25, r7-41 gained the label (label correction); harmedforce.go gives all but r7-25.
		tuningSet{"tuning-2026-12-r7", []string{"tuning-2026-12-r7.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.988, "count.place": 0.965, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.969, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// actor P 1.000 → 0.923 when round 22's rule for members of a force
		// acting abroad merged: gz-03's "Soldiers fired tear gas" under an
		// Ecuadorian dateline has no actor label, where r19a-21, r20c-16,
		// 12p's mp-07 and 12q's wq-07 label Ecuador's soldiers its armed
		// forces; the sets disagree and the label stays as written.
		tuningSet{"tuning-2026-12-gaz", []string{"tuning-2026-12-gaz.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.941, "count.date": 0.824, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.971, "actor P": 0.933, "actor R": 0.933, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		tuningSet{"tuning-2026-12-r8", []string{"tuning-2026-12-r8.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.965, "count.place": 0.927, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.981, "place R": 0.981, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000}},
		tuningSet{"tuning-2026-12-r9", []string{"tuning-2026-12-r9.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.941, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.944, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.000}},
		// r10-19 and r10-20 ("the largest march … since the strike began in
		// January", "la jornada más violenta desde … diciembre") label the start
		// alone since round 37 settled superlatives so; the extractor still reads
		// the range to publication (date P/R 1.000 → 0.950, a label correction).
		// round 41 (conv41): weapon R 1.000 -> 0.857: r10-28's "documented 41 people with
		// gunshot wounds" gained `live ammunition` (README, settled in round 41);
		// the extractor gives no weapon from the wound alone.
		tuningSet{"tuning-2026-12-r10", []string{"tuning-2026-12-r10.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.986, "count.date": 0.957, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.988, "actor P": 0.967, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r11-29's "Two of the wounded were flown to Lima" became `2 other`
		// by round 29's convention (a part moved elsewhere is other); round
		// 30's movedOn reads it so (count P 0.971 → 1.000).
		tuningSet{"tuning-2026-12-r11", []string{"tuning-2026-12-r11.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.971, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// round 41 (conv41): weapon R 1.000 -> 0.714: r12-07 and r12-19 ("gunshot
		// wounds", "died of a gunshot wound") gained `live ammunition` (README,
		// settled in round 41); the extractor gives none from the wound alone.
		tuningSet{"tuning-2026-12-r12", []string{"tuning-2026-12-r12.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.977, "count.place": 0.905, "count.date": 0.952, "count.q": 1.000, "count.of": 1.000, "date P": 0.905, "date R": 0.905, "place P": 0.931, "place R": 0.964, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// actor P 1.000 → 0.929 in round 38 (speakers38): "security forces"
		// in a story from abroad are `fuerzas del orden`, as some 45
		// paragraphs label them (most hashed) against 5; this set is
		// among the 5 (label disagreement).
		tuningSet{"tuning-2026-12-r13", []string{"tuning-2026-12-r13.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.970, "count.place": 0.969, "count.date": 1.000, "count.q": 1.000, "count.of": 0.969, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.933, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		tuningSet{"tuning-2026-12-r14", []string{"tuning-2026-12-r14.txt"},
			map[string]float64{"count P": 0.975, "count R": 0.975, "count.place": 0.974, "count.date": 0.987, "count.q": 1.000, "count.of": 0.987, "date P": 0.955, "date R": 1.000, "place P": 1.000, "place R": 0.978, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// round 41 (conv41): count R 0.972 -> 0.959: r15-47 and r15-48 (officers
		// charged over a death) gained `N other` (README, settled in round 41:
		// 20 against 18); the extractor gives no count there.
		tuningSet{"tuning-2026-12-r15", []string{"tuning-2026-12-r15.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.986, "count.place": 0.971, "count.date": 0.986, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.000}},
		// actor P 1.000 → 0.966 in round 38 (speakers38): soldiers acting in a
		// story from Peru are the Ejército del Perú, as 65 paragraphs label
		// them (most hashed) against 23 that leave them out or name the
		// Fuerzas Armadas; this set is among the 23 (label disagreement).
		tuningSet{"tuning-2026-12-r16", []string{"tuning-2026-12-r16.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.968, "actor R": 0.938, "actor.type": 1.000, "weapon P": 0.500, "weapon R": 1.000}},
		tuningSet{"tuning-2026-12-r17", []string{"tuning-2026-12-r17.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12-r18", []string{"tuning-2026-12-r18.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.973, "count.place": 1.000, "count.date": 0.944, "count.q": 1.000, "count.of": 0.972, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.500, "actor R": 0.800, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// actor P 1.000 → 0.962 in round 38 (speakers38): Colombia's "fuerza
		// pública" is `fuerzas del orden`, as 21 paragraphs label it (most
		// hashed) against 10 that leave it out or keep its name; this set
		// is among the 10 (label disagreement).
		tuningSet{"tuning-2026-12-r20b", []string{"tuning-2026-12-r20b.txt"},
			map[string]float64{"count P": 0.913, "count R": 0.913, "count.place": 0.905, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.962, "place R": 0.962, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.962, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12-r22b", []string{"tuning-2026-12-r22b.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.879, "count.place": 0.966, "count.date": 0.897, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 0.957, "place P": 0.939, "place R": 0.969, "actor P": 0.968, "actor R": 0.882, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// count.place 0.955 → 0.917 in round 24 (counts24): r21b-13's "12
		// casos de detención arbitraria en Caracollo" now keys as 12 detained
		// (a case there is a victim), and the place rules miss Caracollo
		// there (the place claim is missed too): a place helper's matter.
		tuningSet{"tuning-2026-12-r21b", []string{"tuning-2026-12-r21b.txt"},
			map[string]float64{"count P": 0.917, "count R": 0.815, "count.place": 0.917, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.879, "place R": 0.967, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12-r22c", []string{"tuning-2026-12-r22c.txt"},
			map[string]float64{"count P": 0.971, "count R": 0.943, "count.place": 0.943, "count.date": 0.971, "count.q": 1.000, "count.of": 1.000, "date P": 0.962, "date R": 0.926, "place P": 1.000, "place R": 0.967, "actor P": 1.000, "actor R": 0.967, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.667, "wound P": 1.000, "wound R": 1.000}},
		// count.date back to 0.978 in round 26: opensWithSubset knows a
		// whole named by its people ("De los civiles, 41 …", r21c-08).
		tuningSet{"tuning-2026-12-r21c", []string{"tuning-2026-12-r21c.txt"},
			map[string]float64{"count P": 0.978, "count R": 0.957, "count.place": 0.935, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.931, "actor P": 0.917, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12-r20c", []string{"tuning-2026-12-r20c.txt"},
			map[string]float64{"count P": 0.978, "count R": 0.957, "count.place": 0.911, "count.date": 0.956, "count.q": 1.000, "count.of": 1.000, "date P": 0.957, "date R": 1.000, "place P": 1.000, "place R": 0.972, "actor P": 0.967, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// actor P 0.962 → 0.900 when round 21's actors rule merged: r21a-05
		// and -18 label a plain "prosecutors"/"la Fiscalía" under a Chilean
		// dateline Ministerio Público de Chile, where that rule (after most
		// sets' labels) gives the dateline region's Fiscalía Regional; the
		// sets disagree and the labels stay as written.
		tuningSet{"tuning-2026-12-r27a", []string{"tuning-2026-12-r27a.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.973, "count.place": 0.914, "count.date": 0.914, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.960, "place R": 0.923, "actor P": 0.947, "actor R": 0.900, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r44b: written in round 44 by the count-place helper (countplace44),
		// before any rule of that round; floors at its final scores. Its
		// count.place miss is r44b-11's "41 homicidios …; 28 de ellos … en
		// Cali y cinco en otros municipios del Valle del Cauca", a whole
		// given the region holding its parts where the label reads none
		// (round 29's breakdown of an unnamed country).
		tuningSet{"tuning-2026-12-r44b", []string{"tuning-2026-12-r44b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.966, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r45h: written in round 45 by the count-place levels helper
		// (levels45), before any rule of that round: a count's place at the
		// level of country, region, province or city. Floors at its final
		// scores. Its count miss is r45h-05's "a 20-year-old man was shot
		// dead on Tuesday" (count recall); its actor misses are "Gerencia
		// Regional de Salud", which the lexicon lacks, and Ecuador's
		// "Ministerio de Salud", read with its full name.
		tuningSet{"tuning-2026-12-r45h", []string{"tuning-2026-12-r45h.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.955, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.923, "actor R": 0.857, "actor.type": 1.000}},
		// r46b: written in round 46 by the zone helper (zones46), before
		// any rule of that round: counts at a zone, neighbourhood or
		// locality of a city (Huayllani, Portal Américas, Senkata, Ovejuyo,
		// Usme, San Roque), in the four styles. Floors at its final scores;
		// its misses are Portal Américas (not in the gazetteer: the labels
		// split, results.md round 46), r46b-04's counts at Ovejuyo, a stun
		// grenade, and "murió atropellado" read as injured.
		tuningSet{"tuning-2026-12-r46b", []string{"tuning-2026-12-r46b.txt"},
			map[string]float64{"count P": 0.944, "count R": 0.944, "count.place": 0.706, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.929, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.750, "wound P": 1.000, "wound R": 1.000}},
		// r50a: written in round 50 by the scene helper (scenes50), before
		// any rule of that round: counts at the dateline's or the text's
		// town while the paragraph also names its region (as the
		// protesters' origin, in a body's or building's name, or in "capital
		// of the X"), and region totals where the region must be taken, in
		// the four styles. Scored once as committed (results.md, round 50,
		// scenes50); floors at its final scores. Its misses are r50a-04's
		// "11 denunciaron malos tratos" (read as cases), r50a-06's "the
		// Santa Cruz civic committee" read as a place mention (its counts
		// fixed by seatInBodyName), r50a-12's second Huila and r50a-09's
		// network, which the lexicon misses as it does in mzzzzm-16.
		tuningSet{"tuning-2026-12-r50a", []string{"tuning-2026-12-r50a.txt"},
			map[string]float64{"count P": 0.968, "count R": 0.968, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.926, "place R": 1.000, "actor P": 1.000, "actor R": 0.938, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r49c: written in round 49 by the national-or-local helper
		// (national49), before any rule of that round: national totals and
		// their parts after a local scene (the country where the text names
		// it, none where only "en todo el país" or a dateline does), "Of the
		// 27" parts, a regional or a town's body's total beside the
		// country's, in the four styles. Floors at its final scores.
		tuningSet{"tuning-2026-12-r49c", []string{"tuning-2026-12-r49c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.943, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r49a: written in round 49 by the scene helper (scenes49), before
		// any rule of that round: a clash at a named bridge, plant, airport
		// or zone told in one sentence and its toll in the next ("in
		// Friday's clash", "during that operation", "en esos choques",
		// "Allí", MT "In that place") while the toll's sentence names only
		// where the hurt were taken, the dateline or the country; and
		// later counts with a scene of their own that must not carry, in
		// the four styles. Scored once as committed (results.md, round 49,
		// scenes49); floors at its scores after the round's last kept rule
		// ("wound P" left out: "pushed them back" is read as a wound).
		tuningSet{"tuning-2026-12-r49a", []string{"tuning-2026-12-r49a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.964, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.977, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound R": 1.000}},
		// r48a: written in round 48 by the origins helper (origins48), before
		// any rule of that round: a count's place where the harm happened
		// while the sentence names where victims came from, were headed, or
		// were taken or treated (parts flown or moved to another town's
		// hospitals, the hurt of a clash lying in another town, comuneros and
		// residents "from" a place, marchers "heading for" a city, and a
		// count only the treating town places), in the four styles. Floors
		// at its final scores (first score count.place 0.667); its misses
		// are r48a-08's "Dos jóvenes del barrio Siloé murieron" (count
		// recall) and the Congress of Chile read as an actor in r48a-13,
		// where Chile's sets label none for a march's goal.
		tuningSet{"tuning-2026-12-r48a", []string{"tuning-2026-12-r48a.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.955, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.938, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r48b: written in round 48 by the national-totals helper
		// (capitals48), before any rule of that round: national and
		// running totals told after a local scene (none when the text
		// never names the country as a noun, the country when it does),
		// a regional total "en la región", "la capital"/"this city"
		// pointing back to the dateline, a toll after a clash with a
		// pointer, in the four styles. Scored once as committed
		// (results.md, round 48, capitals48); floors at its scores after
		// the round's last kept rule. Its miss is r48b-07's massacres
		// "de Sacaba" and "de Senkata" and the total after them, all
		// given Bolivia.
		tuningSet{"tuning-2026-12-r48b", []string{"tuning-2026-12-r48b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.875, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r47b: written in round 47 by the zone helper (zones47), before
		// any rule of that round: counts at a zone against its town
		// (people from a zone hurt elsewhere, two zones of one city, one
		// zone with its city, a municipality's total, a hospital in the
		// town), in the four styles. Floors at its final scores; its misses
		// are r47b-04's two zones in "the city of El Alto" (no place),
		// r47b-05's wounded treated in Sacaba after the Huayllani clash,
		// "Tres vecinos de Senkata" (count recall), Portal Américas, "la
		// Alcaldía" and MT "the Ombudsman of Bolivia".
		tuningSet{"tuning-2026-12-r47b", []string{"tuning-2026-12-r47b.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.923, "count.place": 0.833, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.938, "actor P": 1.000, "actor R": 0.909, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r46h: written in round 46 by the unplaced-count helper
		// (unplaced46), before any rule of that round: counts the text ties
		// to no place (national totals named by dateline or adjective, a
		// reporting body's seat, people's origin, a visit, a hearing
		// abroad) against national totals naming their country. Floors at
		// its final scores. Its misses are r46h-01's national counts under
		// "QUITO (Reuters) -" with "Ecuadorean police" (given Quito),
		// r46h-09's "At least 715 people have been injured" (given the
		// dateline's Cochabamba, no date), r46h-06's "Dos comuneros" (count
		// recall), r46h-08's hearing day and its IACHR, which the lexicon
		// lacks in that English form.
		tuningSet{"tuning-2026-12-r46h", []string{"tuning-2026-12-r46h.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.950, "count.place": 0.842, "count.date": 0.895, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.917, "actor.type": 1.000}},
		// r47h: written in round 47 by the country-region-city helper
		// (levels47), before any rule of that round: a count's place at
		// the country, region and city levels (national totals under a
		// capital's dateline, a region and its capital, "La Araucanía", a
		// national total with parts by department, a neighbouring town).
		// Floors at its final scores: no miss left once r47h-03 gained the
		// security forces' actor label it had left out (results.md).
		tuningSet{"tuning-2026-12-r47h", []string{"tuning-2026-12-r47h.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000}},
		// r49b: written in round 49 by the region-against-city helper
		// (levels49), before any rule of that round: the dateline's town
		// named by an anaphor and joined to another town of its region
		// ("en esta ciudad y en Salcedo", "in this city and in nearby
		// Quillacollo": the smallest place holding both), "In all the
		// region", and paragraphs where the shape must not fire. Floors at
		// its scores after the round's rules; its misses are actors the
		// lexicon lacks (Intendencia de Tarapacá, Intendencia de la
		// Araucanía, "Cali's ombudsman office") and the place "Cali's".
		tuningSet{"tuning-2026-12-r49b", []string{"tuning-2026-12-r49b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.970, "place R": 1.000, "actor P": 0.944, "actor R": 0.850, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r48c: written in round 48 by the count-place levels helper
		// (levels48), before any rule of that round: a count's place at the
		// wrong level or a neighbour (a province an anaphor names under its
		// capital's dateline, "this city" after a neighbouring town against
		// "that city", "in the province" after a parish, several towns, a
		// river against the town beside it, "central Lima"). Floors at its
		// final scores; its misses are r48c-03's "three of them police
		// officers" (read `other`), r48c-12's TENA (read as Colombia's
		// Tena) and r48c-13's "Across the department" (given Tuluá).
		tuningSet{"tuning-2026-12-r48c", []string{"tuning-2026-12-r48c.txt"},
			map[string]float64{"count P": 0.973, "count R": 0.973, "count.place": 0.972, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.976, "place R": 0.976, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r46g: written in round 46 by the region-against-city helper
		// (regions46), before any rule of that round: a count's place at a
		// region against its capital, and neighbouring towns, in the four
		// styles. Floors at its final scores. Its date miss is r46g-06's
		// "ese mismo día" in a later sentence (a date claim, r14's row),
		// its place miss r46g-09's "Colombia's ombudsman" after the
		// dateline's Colombia (round 32's possessive, a second mention).
		tuningSet{"tuning-2026-12-r46g", []string{"tuning-2026-12-r46g.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 0.933, "place P": 1.000, "place R": 0.979, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r45b: written in round 45 by the zone helper (zones45), before
		// any rule of that round: counts at a zone, neighbourhood or
		// locality of a city, in the four styles. Floors at its final
		// scores.
		tuningSet{"tuning-2026-12-r45b", []string{"tuning-2026-12-r45b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r44d: written in round 44 by the date-claims helper (dates44),
		// before any rule of round 44; floors at its final scores. Its
		// count.date miss is r44d-05's count of "Between the 15 and the 16
		// of December, 10 persons died …, remembered … this Tuesday", given
		// the statement's Tuesday (the count-date helper's).
		tuningSet{"tuning-2026-12-r44d", []string{"tuning-2026-12-r44d.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.941, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000}},
		// r44c: written in round 44 by the count-date helper (countdate44),
		// before any rule of that round: relative days ("the day before",
		// "anteayer", "a month ago", "last week", "ese año"), running totals
		// with a start, a toll of a named dated operative, days a year on.
		// Floors at its final scores. Its count.date misses are r44c-05's "a
		// month ago" read as the month (the sets read the month 6 times
		// against 2, the label among the 2; left open in results.md) and
		// r44c-09's "ese año" after "A un año del estallido" read as 2020,
		// both the date claims' resolution; its actor miss is "Ecuador's
		// government" (r44c-10).
		tuningSet{"tuning-2026-12-r44c", []string{"tuning-2026-12-r44c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.897, "count.q": 1.000, "count.of": 1.000, "date P": 0.926, "date R": 0.926, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.947, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r43b: written in round 43 by the count-place helper (countplace43);
		// floors at its final scores. Its count.date miss is r43b-04's "214
		// heridos desde el 18 de octubre, 31 de ellos menores de edad", a part
		// in the whole's own sentence given the whole's span (the label reads
		// no date; left open in results.md); its actor miss is the police of
		// r43b-01, which names none.
		// r45c: written in round 45 by the count-date helper (countdate45),
		// before any rule of that round: as-of days, pointers back to a
		// dated event, spans with a start, "Other N" and "in the same
		// period", a toll of a named dated clash, "desde el inicio del paro".
		// Floors at its final scores. Its count misses are r45c-01's toll
		// "stood at 55 as of Thursday" (not read as a count) and the `of=`
		// of r45c-07's "Cali concentra 25 de esos homicidios" (linked to the
		// 65 injured, and so undated); r45c-11's 30 in "the hospitals of the
		// city" placed in Senkata; actors "la fuerza pública" and "Chile's
		// government".
		tuningSet{"tuning-2026-12-r45c", []string{"tuning-2026-12-r45c.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.969, "count.place": 0.968, "count.date": 0.968, "count.q": 1.000, "count.of": 0.935, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.944, "actor R": 0.895, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r49d: written in round 49 by the count-date helper (countdate49),
		// before any rule of that round: counts in follow-up and
		// retrospective stories (anniversaries, "that day" after one, reports
		// months later with a period and a day of its own, parts with days of
		// their own, counts at the commemoration itself). Floors at its
		// final scores; its misses are r49d-03's arrests during the march
		// placed at Huayllani, r49d-06's toll "ascended this Wednesday to 19"
		// (not read, so its part lacks `of=` and takes Arequipa), r49d-08's
		// 89 detained read as injured and "the 2021 national strike" as a
		// date claim.
		tuningSet{"tuning-2026-12-r49d", []string{"tuning-2026-12-r49d.txt"},
			map[string]float64{"count P": 0.967, "count R": 0.935, "count.place": 0.931, "count.date": 1.000, "count.q": 1.000, "count.of": 0.931, "date P": 0.964, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r50b: written in round 50 by the levels helper (levels50), before
		// any rule of that round: a dateline town's count beside a region
		// named only as an origin, as the city's region or inside a body's
		// or building's name (takes the town), and counts tied to the region
		// itself or national totals (must not take the town). First score
		// (before any rule) count.place 0.960, place P 0.960; r50b-09's
		// second Concepción label added to the conventions after it. Floors
		// at its final scores; its misses are r50b-10's part "19 de ellos en
		// hospitales de esta ciudad" (given the region), r50b-11's
		// Governorship read as an actor, r50b-12's national toll given the
		// part's Friday.
		tuningSet{"tuning-2026-12-r50b", []string{"tuning-2026-12-r50b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.960, "count.date": 0.960, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.923, "actor R": 1.000, "actor.type": 1.000}},
		// r50c: written in round 50 by the count-date helper (countdate50),
		// before any rule of that round: a later sentence pointing back to a
		// dated clash past a sentence that went on from it, the clash named
		// by its place, and where the shape must not fire. Floors at its
		// final scores; its misses are r50c-10's arrests "capturó además a
		// ocho personas" (not read as a count) and three actors.
		tuningSet{"tuning-2026-12-r50c", []string{"tuning-2026-12-r50c.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.974, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.917, "actor R": 0.880, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		tuningSet{"tuning-2026-12-r43b", []string{"tuning-2026-12-r43b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.950, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.923, "actor R": 1.000, "actor.type": 1.000}},
		// r42b: written in round 42 by the count-place helper (countplace42);
		// floors at its final scores. Its count.place misses are r42b-03's
		// MT "In the city of the Cusco" read as the department (the place
		// helper's resolution of "the city of the X") and r42b-09's
		// national "desde el inicio del paro nacional" under POPAYÁN, which
		// takes the day of the sentence before (the count-date helper's)
		// and so stays a day's count of the town.
		tuningSet{"tuning-2026-12-r42b", []string{"tuning-2026-12-r42b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.923, "count.date": 0.962, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.962, "place R": 0.962, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000}},
		// r41b: written in round 41 by the count-place helper (countplace41);
		// floors at its final scores. Its count.of miss is r41b-04's "In the
		// Biobío region alone, … 286 injured", a part of Chile's 3,449 left
		// unlinked (the counts helper's); its actor misses are "soldiers and
		// police" in a Bolivian story (r41b-02), the English "Permanent
		// Assembly for Human Rights of Bolivia" (r41b-07) and "Chile's
		// government" (r41b-08), the actors helper's.
		tuningSet{"tuning-2026-12-r41b", []string{"tuning-2026-12-r41b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 0.973, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.826, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r41g: written in round 41 by the place helper (place41); floors
		// at its final scores. Its count.place misses are r41g-06's "near the
		// town" after Salcedo (read as the dateline's Latacunga) and
		// r41g-08's "where" after Achacachi (read as the lake before it), the
		// count-place helper's; r41g-09's officers "held by villagers" is the
		// counts helper's; r41g-12's Pifo is no town the gazetteer lists.
		tuningSet{"tuning-2026-12-r41g", []string{"tuning-2026-12-r41g.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.933, "count.place": 0.857, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.977, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r44g: written in round 44 by the place helper (place44), committed
		// before any rule of that round; floors at its final scores. Its
		// count.place misses are r44g-04's counts in "la comuna de Padre Las
		// Casas, vecina de Temuco, en la región de La Araucanía" given the
		// region (countplace.go's); its count miss is r44g-14's "A 22-year-old
		// protester died" (the counts helper's); its actor miss the mayor of
		// r44g-11, read as an actor the label does not carry.
		tuningSet{"tuning-2026-12-r44g", []string{"tuning-2026-12-r44g.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.941, "count.place": 0.875, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.944, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r43g: written in round 43 by the place helper (place43); floors
		// at its final scores.
		tuningSet{"tuning-2026-12-r43g", []string{"tuning-2026-12-r43g.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.938, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.941, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r42g: written in round 42 by the place helper (place42); floors
		// at its final scores (all 1.000 from its first score).
		tuningSet{"tuning-2026-12-r42g", []string{"tuning-2026-12-r42g.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r40b: written in round 40 by the place helper (place40); floors
		// at its final scores. Its count.place miss, r40b-07's MT "in the
		// province of the Guayas" under Guayaquil's dateline read as an
		// anaphor to the city, was fixed in round 41 (countplace41).
		tuningSet{"tuning-2026-12-r40b", []string{"tuning-2026-12-r40b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r42c: written in round 42 by the count-date helper (countdate42);
		// floors at its final scores. Its count.place misses are r42c-03's
		// officers charged "for the deaths of 18 persons … in Juliaca" (read
		// at the PUNO. dateline) and r42c-09's "en Huamanga" (read as the
		// dateline's district), the count-place helper's; its count miss is
		// r42c-07's MT "the deceased ones … ascend to 9", the counts helper's.
		tuningSet{"tuning-2026-12-r42c", []string{"tuning-2026-12-r42c.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.966, "count.place": 0.929, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r41c: written in round 41 by the count-date helper (countdate41);
		// floors at its final scores. Its count misses are r41c-04's
		// "1.100 personas seguían privadas de libertad" and r41c-05's "89
		// people reported missing … had not been located" (read `other`),
		// the counts helper's; its actor misses r41c-14's MT "The Institute
		// National of Human Rights" and "The Government", the actors helper's.
		tuningSet{"tuning-2026-12-r41c", []string{"tuning-2026-12-r41c.txt"},
			map[string]float64{"count P": 0.973, "count R": 0.947, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.875, "actor.type": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r40c: written in round 40 by the count-place helper (countctx40);
		// floors at its final scores. Its actor misses are bare "Soldiers and
		// police" in a Bolivian story (r40c-01) and "police" in a Colombian
		// one (r40c-05), the actors helper's.
		tuningSet{"tuning-2026-12-r40c", []string{"tuning-2026-12-r40c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.857, "actor.type": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r39b: written in round 39 by the place helper (place39); floors
		// at its final scores. Its count miss is r39b-01's "Three of the 17
		// people injured … were flown to Lima" read `injured`, not `other`
		// (the counts helper's); its actor miss the U.N. human rights
		// office (the actors helper's).
		tuningSet{"tuning-2026-12-r39b", []string{"tuning-2026-12-r39b.txt"},
			map[string]float64{"count P": 0.947, "count R": 0.947, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.917, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r39a: written in round 39 by the counts helper (counts39); floors
		// at its final scores. Its count misses are MT "Were attended in the
		// hospital of Puyo 23 persons" (and its part) and "and other 3 were
		// evacuated to Quito", its count.of miss r39a-03's "Del total, 352",
		// which 12zd's hashed nzd-01 ("Of those hit by pellets, 352") labels
		// with no whole; count.date misses are the count-date helper's
		// ("aquella jornada", "asesinadas durante la represión del 15 de
		// diciembre", "Later, 12 of them", an `other` part in its dated
		// whole's sentence, open since round 36); actors the actor helper's.
		tuningSet{"tuning-2026-12-r39a", []string{"tuning-2026-12-r39a.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.893, "count.place": 1.000, "count.date": 0.880, "count.q": 1.000, "count.of": 0.960, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.917, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r40a: written in round 40 by the counts helper (counts40); floors
		// at its final scores. Its count.of misses are r40a-11's complaints
		// broken down by harm in a later sentence ("Las denuncias incluyen
		// 11 por muertes, …"), read as parts of the part "812 de ellas"
		// (a fix was tried and dropped: results.md); count.date misses are
		// the count-date helper's (those parts, and the massacre's victims
		// of r40a-12, which take the massacre's day; r40a-13's was fixed in
		// round 41); the actor miss
		// is r40a-04's MT "4 policemen" (the officers' force, the actors
		// helper's).
		tuningSet{"tuning-2026-12-r40a", []string{"tuning-2026-12-r40a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 0.906, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.933, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r39f: written in round 39 by the officers helper (officers39); floors
		// at its final scores. Left: Plaza Italia under a Santiago dateline
		// (r39f-05, the place helper's), "Ministerio de Gobierno" read as
		// Bolivia's (r39f-07, labels split 3 to 1), "explosives" as a cause
		// of injury (r39f-07, the weapons helper's).
		tuningSet{"tuning-2026-12-r39f", []string{"tuning-2026-12-r39f.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.909, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.929, "actor P": 0.933, "actor R": 0.933, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.500}},
		// r38a: written in round 38 by the counts helper (counts38); floors
		// at its final scores. Its count.date misses are the count-date
		// helper's ("of whom 40 remain in custody" without the whole's span,
		// r38a-11; a part after a semicolon given the span, r38a-12; the
		// complaints' "desde el 18 de octubre", r38a-02), its count.of miss
		// MT "Of them, were discharged 25" (verb first after the opening),
		// actors the actor helper's ("the regional health office", MT
		// "Ministry of Public Health", "Between" read as a name).
		tuningSet{"tuning-2026-12-r38a", []string{"tuning-2026-12-r38a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.852, "count.q": 1.000, "count.of": 0.963, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.923, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r37a: written in round 37 by the counts helper (counts37); floors
		// at its final scores. Its count.place misses are the place
		// helper's (a national toll under a Popayán dateline given the
		// city, r37a-01; cases carried from "in Colombia" the sentence
		// before, r37a-11), count.date the count-date helper's (r37a-05:
		// "killed near Juliaca's airport on Jan. 9" after "Relatives of
		// the 18 people", and "15 of the 18" given the statement's day),
		// actors the actor helper's (MT "Between" read as a name, MT
		// "Direction Regional of Health", "siete policías").
		tuningSet{"tuning-2026-12-r37a", []string{"tuning-2026-12-r37a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.969, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.941, "actor.type": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r36a: written in round 36 by the counts helper (counts36); floors
		// at its final scores. Its count miss is r36a-06's "tiene a su cargo
		// solo 10", its count.of miss r36a-09's MT "ascends to 68, of which
		// continue in state grave 5"; count.place misses are the place
		// helper's (Senkata under an El Alto dateline, the ranked items'
		// regions crossed in r36a-07, a national toll given the region
		// named after it), count.date the count-date helper's. count.date
		// 0.916 → 0.875 in round 37 (counts37), a trade: r36a-09's MT "of
		// which continue in state grave 5" is now a part of its whole (of=
		// right) and, as a part in a present state, takes no date, where
		// the label gives it the whole's (a reading round 36 left open).
		// count.date 0.958 → 0.917 in round 42 (countdate42): r36a-06's "46
		// denuncias … presentadas tras las protestas de diciembre" is labelled
		// the protests' month; complaints take no date from the time of the
		// unrest they follow (round 21), as 12zzu's wzzu-11 ("lodged … after
		// the 2019 unrest") reads it; the label is left for the lead.
		tuningSet{"tuning-2026-12-r36a", []string{"tuning-2026-12-r36a.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.960, "count.place": 0.750, "count.date": 0.917, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.867, "actor R": 1.000, "actor.type": 1.000}},
		// r35a: written in round 35 by the counts helper (counts35); floors
		// at its final scores. Its count miss is r35a-08's "concentra la
		// mayoría, con 46 casos" (an item after a non-name before "con");
		// count.place misses are the place helper's (a dateline city read
		// as its department or province, "Ayacucho" under "AYACUCHO, Peru"
		// taken for the country); count.date the count-date helper's (a
		// moved part's date, "siete fueron liberadas en la noche", "had
		// been released by Thursday night", "from eight days of unrest").
		// count.place 0.791 → 0.760 and count.date 0.750 → 0.800 in round 38
		// (dateclaims38), a trade: r35a-09's "1,900 had been released by
		// Thursday night" now takes that day, and a part dated by a day
		// under a capital's dateline is given the capital (the place
		// helper's rule for day-dated counts), where the label keeps Chile.
		tuningSet{"tuning-2026-12-r35a", []string{"tuning-2026-12-r35a.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.960, "count.place": 0.840, "count.date": 0.800, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.896, "place R": 0.896, "actor P": 0.941, "actor R": 0.842, "actor.type": 1.000}},
		// r34a: written in round 34 by the counts helper (counts34); floors
		// at its final scores. Its count.place misses are the place
		// helper's (Senkata inside El Alto, "Juliaca" after a Puno
		// dateline); count.date the count-date helper's (a part "solo 14
		// siguen internados", "Of the apprehended ones, 6", complaints
		// "since protests began on Oct. 18" and beaten detainees "Of the
		// 2,840 people detained in that period"); actors ("soldiers", "the
		// regional health office", "the city's ombudsman") others'.
		// actor P 0.944 → 0.895 in round 38 (speakers38): a governor's office
		// abroad ("la Gobernación del Azuay", MT "the Governorship of
		// Pastaza") is an actor, as 9 paragraphs label it against 4; r34a-11
		// is among the 4 (label disagreement).
		tuningSet{"tuning-2026-12-r34a", []string{"tuning-2026-12-r34a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.937, "count.date": 0.843, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.923, "actor P": 0.947, "actor R": 0.905, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r33a: written in round 33 by the counts helper (counts33); floors
		// at its final scores; count R raised in round 34 (counts34), the
		// lone people before "were among the 17 civilians killed" read. Its count miss is r33a-02's "A 17-year-old
		// student and a medical worker, …, were among the 17 civilians
		// killed" (lone people joined before "were among"); count.place
		// misses are the place helper's ("Solo en la Región Metropolitana",
		// "the Siloé neighborhood", "the surroundings of the Arbolito
		// park", Huayllani before "in Sacaba"); weapon "shot dead" and the
		// actors ("police violence", "frente al Congreso") are others'.
		tuningSet{"tuning-2026-12-r33a", []string{"tuning-2026-12-r33a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.960, "actor P": 0.882, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.000}},
		// r32a: written in round 32 by the counts helper (counts32); floors
		// at its final scores. Its count misses: parts with no kind of
		// their own before a colon ("Nueve comuneros, siete estudiantes y
		// un menor …: así se reparten los 17 civiles fallecidos"), named
		// victims "among the eight people killed" or after a long noun
		// ("Dos productores de hoja de coca, …"), MT "between them a young
		// man of 17 years", "Bogotá seis" after "Cali registró 28"; the
		// dates of parts still in care are the count-date helper's. Count
		// R, count.place and count.date raised in round 33 (counts33): the
		// colon's parts, the named victims "among the eight people
		// killed" and "Bogotá seis" are read.
		tuningSet{"tuning-2026-12-r32a", []string{"tuning-2026-12-r32a.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.921, "count.place": 0.942, "count.date": 0.971, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.947, "actor R": 0.900, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r31a: written in round 31 by the counts helper (counts31); floors
		// at its final scores. Its misses: the police's "retuvo a varios
		// otros" read `other` (the counts helper's: "retener" is `other`
		// only when protesters hold officers); dates and places of MT
		// counts ("a dead one and 15 wounded ones" after "the day of
		// yesterday"; the QUITO dateline for "ascend already to six").
		// round 41 (conv41): weapon R 1.000 -> 0.800: r31a-09's "22 had gunshot
		// wounds" gained `live ammunition` (README, settled in round 41).
		tuningSet{"tuning-2026-12-r31a", []string{"tuning-2026-12-r31a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.892, "count.date": 0.964, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r30a: written in round 30 by the counts helper (counts30); floors
		// at its final scores. Its count.place misses are the place
		// helper's: a part moved elsewhere ("of which 5 were evacuated to
		// the city of Lima", "of them 14 were referred to the city of
		// Cochabamba"), now read `other`, takes where it was taken, not its
		// whole's place; the Puyo dateline ("Puyo, 24 de junio."). count.place
		// 0.846 → 0.896 in round 31 (place31): r30a-03's "of which 5 were
		// evacuated to the city of Lima" no longer takes "the province" of
		// the attribution tail ("informed the hospital of support of the
		// province"), and both counts keep Andahuaylas.
		tuningSet{"tuning-2026-12-r30a", []string{"tuning-2026-12-r30a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.923, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r29a's count.place and count.date misses are the place and dates
		// helpers' ("Andahuaylas, 12 de diciembre." read as the province
		// and "la jornada de ayer" after "Son 4 los fallecidos", r29a-10);
		// r29a-06's "4 of them in grave state" takes the whole's day.
		// actor P 1.000 → 0.909 in round 38 (speakers38): Colombia's "fuerza
		// pública" is `fuerzas del orden`, as 21 paragraphs label it (most
		// hashed) against 10 that leave it out or keep its name; this set
		// is among the 10 (label disagreement).
		tuningSet{"tuning-2026-12-r29a", []string{"tuning-2026-12-r29a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.808, "count.date": 0.846, "count.q": 1.000, "count.of": 1.000, "date P": 0.929, "date R": 0.929, "place P": 0.917, "place R": 1.000, "actor P": 0.917, "actor R": 0.917, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12-r28a", []string{"tuning-2026-12-r28a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.912, "count.date": 0.941, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.955, "place R": 0.955, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r30b: written in round 30 by the place helper (place30); floors at
		// its final scores. count.place 0.956 → 1.000 in round 31 (place31):
		// r30b-07's "near the town, where Bolivia's ombudsman said nine
		// people were killed" takes the town the relative clause hangs
		// from, not the possessive country; its actor misses are the actors helper's (MT "Regional
		// Management of Health", "Colombia's defense ministry").
		tuningSet{"tuning-2026-12-r30b", []string{"tuning-2026-12-r30b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.955, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r29b: written in round 29 by the place helper; floors at its final
		// scores. Its count misses are the counts helper's (MT "died the day
		// of yesterday 3 persons", "were detained the day of yesterday 14")
		// and the dates helper's ("Peru's death toll … rose to 40 on Monday").
		tuningSet{"tuning-2026-12-r29b", []string{"tuning-2026-12-r29b.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.867, "count.place": 1.000, "count.date": 0.846, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.933, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r28b's misses: a national toll broken down by regions takes no
		// place (the sets disagree, results.md "round 28, place28"); people
		// "being treated at hospitals" read as injured (the counts helper's).
		tuningSet{"tuning-2026-12-r28b", []string{"tuning-2026-12-r28b.txt"},
			map[string]float64{"count P": 0.952, "count R": 0.952, "count.place": 0.950, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.974, "actor P": 1.000, "actor R": 0.929, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r27b's count misses are the counts helper's ("were being treated
		// at … hospital", MT "received attention for contusions"; "flown
		// to" a hospital is read other since round 30). count.place 1.000 → 0.958 and
		// count.date 0.917 → 1.000 in round 29 (dates29): r27b-12's "; two
		// of them were later transferred", now undated as labelled, is
		// given the country by datelineCounts' capital rule (an undated
		// count under "SANTIAGO") before its whole takes the city; the
		// place helper's to fix, the label is right.
		// actor P 1.000 → 0.938 in round 38 (speakers38): "security forces"
		// in a story from abroad are `fuerzas del orden`, as some 45
		// paragraphs label them (most hashed) against 5; this set is
		// among the 5 (label disagreement).
		tuningSet{"tuning-2026-12-r27b", []string{"tuning-2026-12-r27b.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.926, "count.place": 0.958, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.938, "actor R": 0.938, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		tuningSet{"tuning-2026-12-r26b", []string{"tuning-2026-12-r26b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.952, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 0.870, "date R": 0.870, "place P": 0.953, "place R": 1.000, "actor P": 0.895, "actor R": 0.944, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		tuningSet{"tuning-2026-12-r25b", []string{"tuning-2026-12-r25b.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.920, "count.place": 0.960, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 0.625, "date R": 0.833, "place P": 1.000, "place R": 0.976, "actor P": 0.955, "actor R": 1.000, "actor.type": 0.952, "weapon P": 1.000, "weapon R": 1.000}},
		tuningSet{"tuning-2026-12-r26a", []string{"tuning-2026-12-r26a.txt"},
			map[string]float64{"count P": 0.951, "count R": 0.907, "count.place": 1.000, "count.date": 0.949, "count.q": 1.000, "count.of": 0.974, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.909, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// count.date 0.636 → 0.614 in round 27 (counts27): r25a-09's "59
		// remain hospitalized", now linked to its whole as labelled, takes
		// the date its sibling part "; of them, 248" already took wrongly
		// (a part after a semicolon is undated; dating is not linking).
		// actor P 0.875 → 0.812, R 0.778 → 0.722 in round 30 (place30):
		// r25a-05's MT dateline "Santiago, 29 of October." is now read as
		// one, and "The Prosecution" under a Chilean dateline becomes the
		// region's Fiscalía Regional, as r21b's row reads Chile's
		// prosecutors under a dateline; the label has Ministerio Público de
		// Chile (the split r21a's comment above names).
		tuningSet{"tuning-2026-12-r25a", []string{"tuning-2026-12-r25a.txt"},
			map[string]float64{"count P": 0.978, "count R": 0.957, "count.place": 0.614, "count.date": 0.614, "count.q": 1.000, "count.of": 0.955, "date P": 0.444, "date R": 1.000, "place P": 0.812, "place R": 0.765, "actor P": 0.944, "actor R": 0.944, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		tuningSet{"tuning-2026-12-r24a", []string{"tuning-2026-12-r24a.txt"},
			map[string]float64{"count P": 0.946, "count R": 0.921, "count.place": 1.000, "count.date": 0.857, "count.q": 1.000, "count.of": 0.943, "date P": 0.500, "date R": 0.933, "place P": 0.880, "place R": 0.815, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r23a was registered in round 23 with no floors and kept none until
		// round 31 (an oversight): floors at round 31's scores. Its low
		// count.date and actor.type are left for a later round to read.
		tuningSet{"tuning-2026-12-r23a", []string{"tuning-2026-12-r23a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.875, "count.date": 0.583, "count.q": 1.000, "count.of": 0.958, "date P": 1.000, "date R": 1.000, "place P": 0.941, "place R": 0.914, "actor P": 0.944, "actor R": 0.944, "actor.type": 0.466, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r39c: written in round 39 by the count-date helper (countdate39);
		// floors at its final scores. Its count.place misses are r39c-02's
		// "la masacre … en Huayllani" with the counts given the dateline
		// Sacaba (the place helper's); actor R "police" in "Clashes between
		// protesters and police" (the actors helper's); weapon "shot dead"
		// (the sets disagree on that shape).
		tuningSet{"tuning-2026-12-r39c", []string{"tuning-2026-12-r39c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.000}},
		// r38c: written in round 38 by the count-date helper (countdate38);
		// floors at its final scores. Its count.place misses are r38c-03's
		// "en Huayllani, Sacaba" read as Sacaba (the place helper's); its
		// actor misses "La Fiscalía Nacional" in a Chilean story and "the
		// city's ombudsman's office" under CALI (the actors helper's).
		tuningSet{"tuning-2026-12-r38c", []string{"tuning-2026-12-r38c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.933, "actor R": 0.933, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r37c: written in round 37 by the count-date helper (countdate37);
		// floors at its final scores (count.date and dates rounded down from
		// 25/27 and 26/27). Its count.date misses are the date claims':
		// r37c-10's "Desde entonces" (no mention, so no range) and r37c-11's
		// "de ese año" read as a year of its own; its count miss r37c-12's
		// MT "Of them, 7 were freed" read detained (the counts helper's).
		tuningSet{"tuning-2026-12-r37c", []string{"tuning-2026-12-r37c.txt"},
			map[string]float64{"count P": 0.964, "count R": 0.964, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.933, "actor R": 0.933, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r36c: written in round 36 by the count-date helper (countdate36);
		// floors at its final scores. Its date P is a label slip (r36c-02's
		// dateline day and "on Friday" are two mentions, one label), noted
		// in results.md; r36c-05's "released by Wednesday night" reads as a
		// report date (the date claims'); r36c-07's "until the closing of
		// this Wednesday" resolves to the publication day (the date claims').
		tuningSet{"tuning-2026-12-r36c", []string{"tuning-2026-12-r36c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.962, "count.date": 0.923, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.941, "actor.type": 1.000}},
		// r35c: written in round 35 by the count-date helper (countdate35);
		// floors at its final scores. Its wound miss is a label slip
		// (r35c-08's "wounds in the eyes" has no `wound: eye`, noted in
		// results.md); its actor miss (police in r35c-06) is the actors
		// helper's.
		tuningSet{"tuning-2026-12-r35c", []string{"tuning-2026-12-r35c.txt"},
			map[string]float64{"count P": 0.965, "count R": 1.000, "count.place": 1.000, "count.date": 0.821, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.923, "actor R": 1.000, "actor.type": 1.000, "wound R": 1.000}},
		// r34c: written in round 34 by the count-date helper (countdate34);
		// floors at its final scores. Its count.place misses are the place
		// helper's (r34c-09's colon list swaps the whole's country and the
		// first item's province; r34c-12's Huayllani); r34c-01's ranked
		// "Puno tops the list with 19 deaths" has no whole (counts').
		// actor P 1.000 → 0.929 in round 38 (speakers38): "security forces"
		// in a story from abroad are `fuerzas del orden`, as some 45
		// paragraphs label them (most hashed) against 5; this set is
		// among the 5 (label disagreement).
		tuningSet{"tuning-2026-12-r34c", []string{"tuning-2026-12-r34c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.935, "count.date": 0.967, "count.q": 1.000, "count.of": 0.967, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.929, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r33c: written in round 33 by the count-date helper (countdate33);
		// floors at its final scores. Its count misses (r33c-10's ranked
		// "Puno …, con 18 muertos, seguida de Ayacucho, con 10" with no
		// whole and the places swapped, r33c-03's Ayacucho as the department)
		// are the counts and place helpers'.
		// actor P 0.846 → 0.786 in round 38 (speakers38): soldiers acting in a
		// story from Peru are the Ejército del Perú, as 65 paragraphs label
		// them (most hashed) against 23 that leave them out or name the
		// Fuerzas Armadas; this set is among the 23 (label disagreement).
		// actor P 0.786 → 0.733 in round 38 (speakers38): Colombia's "fuerza
		// pública" is `fuerzas del orden`, as 21 paragraphs label it (most
		// hashed) against 10 that leave it out or keep its name; this set
		// is among the 10 (label disagreement).
		tuningSet{"tuning-2026-12-r33c", []string{"tuning-2026-12-r33c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.851, "count.date": 0.925, "count.q": 1.000, "count.of": 0.962, "date P": 1.000, "date R": 1.000, "place P": 0.969, "place R": 0.969, "actor P": 0.812, "actor R": 0.867, "actor.type": 1.000}},
		// r32c: written in round 32 by the count-date helper (countdate32);
		// floors at its final scores. Its actor misses ("Soldiers" in Peru,
		// "the regional health office") are the actors helper's.
		// round 38 (conv38): count.date 1.000 → 0.957, r32c-08's "Cuatro de los heridos siguen
		// internados" corrected to its whole's day (settled 5 against 3), which the extractor leaves undated.
		// actor P 1.000 → 0.889 in round 38 (speakers38): soldiers acting in a
		// story from Peru are the Ejército del Perú, as 65 paragraphs label
		// them (most hashed) against 23 that leave them out or name the
		// Fuerzas Armadas; this set is among the 23 (label disagreement).
		// actor P 0.889 → 0.800 in round 38 (speakers38): "security forces"
		// in a story from abroad are `fuerzas del orden`, as some 45
		// paragraphs label them (most hashed) against 5; this set is
		// among the 5 (label disagreement).
		tuningSet{"tuning-2026-12-r32c", []string{"tuning-2026-12-r32c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.900, "actor R": 0.900, "actor.type": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r31c: written in round 31 by the count-date helper; floors at its
		// final scores. r31c-04's tally "con corte al 31 de mayo" with its
		// start "del Paro Nacional iniciado el 28 de abril", once two days,
		// is the range since round 32 (dateclaims32; date P/R floors raised).
		tuningSet{"tuning-2026-12-r31c", []string{"tuning-2026-12-r31c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.958, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r35d: written in round 35 by the date-claims helper (dateclaims35);
		// floors at its final scores. Its count misses are the counts
		// helper's ("A protester died" with no number), r35d-07's count
		// date the count-date helper's (people still in hospital after
		// "los enfrentamientos del 9 de enero"), its weapons and actors
		// ("security forces", "soldiers", the Public Ministry in MT)
		// others'.
		tuningSet{"tuning-2026-12-r35d", []string{"tuning-2026-12-r35d.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.944, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.958, "place R": 1.000, "actor P": 0.923, "actor R": 1.000, "actor.type": 1.000, "weapon P": 0.000, "weapon R": 1.000, "wound P": 0.000, "wound R": 1.000}},
		// r41f: written in round 41 by the wound helper (wound41) for the
		// weapon of a gunshot wound; floors set at its final scores.
		tuningSet{"tuning-2026-12-r41f", []string{"tuning-2026-12-r41f.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.895, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.960, "actor P": 1.000, "actor R": 0.944, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r41e: written in round 41 by the speakers helper (speakers41);
		// floors at its final scores (its first score's misses, the UN
		// human rights office, "the national police", MT "Defender of the
		// People" and "Ministry of Public Health", an unnamed "wounded
		// comunero" and "protesters' faces", are fixed by round 41's rules).
		tuningSet{"tuning-2026-12-r41e", []string{"tuning-2026-12-r41e.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r40e: written in round 40 by the speakers helper (speakers40);
		// floors at its final scores. Its count misses are the counts
		// helpers' (r40e-07's "además de un policía y seis soldados que se
		// ahogaron en el río Ilave" read as no counts and its river as the
		// whole's place; r40e-12's running total "which registered 84
		// wounded" given the Monday of its sentence).
		tuningSet{"tuning-2026-12-r40e", []string{"tuning-2026-12-r40e.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.895, "count.place": 0.882, "count.date": 0.941, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r39e: written in round 39 by the speakers helper (speakers39);
		// floors at its final scores. Its count-place misses (Senkata read
		// as Bolivia, "the bridge of Huayllani" under COCHABAMBA) are the
		// place helper's; its actor miss the departmental health service
		// in lower case (ws-16 labels it no actor) and r39e-09's "Policías y
		// militares" in Ecuador; its place miss Geneva
		// after "told reporters in".
		tuningSet{"tuning-2026-12-r39e", []string{"tuning-2026-12-r39e.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.857, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.955, "place R": 0.955, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 0.926, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r38e: written in round 38 by the speakers helper (speakers38);
		// floors at its final scores. Its place miss is r38e-03's "the road
		// to Puno" read as the department (the place helper's).
		// weapon P/R 1.000 → 0.929 in round 41 (speakers41): the baton is
		// named "batons", as 22 weapon labels name it against 10; r38e-08
		// labels "baton" (label disagreement, left as labelled).
		tuningSet{"tuning-2026-12-r38e", []string{"tuning-2026-12-r38e.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.955, "place R": 0.955, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 0.929, "weapon R": 0.929, "wound P": 1.000, "wound R": 1.000}},
		// r37e: written in round 37 by the speakers helper (speakers37);
		// floors at its final scores. Its place miss is r37e-05's Valparaíso
		// with no Chilean cue, read as Colombia's (the place helper's); its
		// actor miss "the Front of Defense of the Interests of Puno" (fronts
		// are no institutions of the lexicon).
		tuningSet{"tuning-2026-12-r37e", []string{"tuning-2026-12-r37e.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 0.957, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r36e: written in round 36 by the speakers helper (speakers36);
		// floors at its final scores. Its actor misses are the actor rules'
		// open shapes ("los militares y policías" in Bolivia; a president
		// named inside a quotation; fronts and federations). Round 37
		// settled "Interior/Defense Minister NAME" as the person only and
		// removed r36e-01's and r36e-08's ministry labels (actor R 0.710 →
		// 0.759).
		tuningSet{"tuning-2026-12-r36e", []string{"tuning-2026-12-r36e.txt"},
			map[string]float64{"date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 0.862, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r41h: written in round 41 by the officers helper (officers41):
		// officers charged, investigated, summoned, suspended or dismissed.
		tuningSet{"tuning-2026-12-r41h", []string{"tuning-2026-12-r41h.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.762, "count.date": 0.952, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.923, "place R": 0.923, "actor P": 0.933, "actor R": 0.933, "actor.type": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r41a: written in round 41 by the counts helper (counts41); floors
		// at its final scores. Its misses are other helpers': "Cusco's
		// airport" given the district (r41a-04), "Of the 44 victims, 31 …"
		// given the whole's date (r41a-03), "frente a la Gobernación de
		// Pastaza" read as an actor (r41a-11).
		tuningSet{"tuning-2026-12-r41a", []string{"tuning-2026-12-r41a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.911, "count.date": 0.978, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.952, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r40f: written in round 40 by the second date-claims helper
		// (dateclaims40b); floors at its final scores. Its misses are other
		// helpers' (r40f-06's count in "the city's hospitals" given Bogotá
		// named before it, r40f-14's "demand justice for the 10 deceased"
		// dated by the march, r40f-16's unnamed country's police read as
		// Peru's, invented groups' names the lexicon lacks).
		tuningSet{"tuning-2026-12-r40f", []string{"tuning-2026-12-r40f.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.944, "count.date": 0.944, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.875, "actor R": 0.824, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r41d: written in round 41 by the date-claims helper (dateclaims41);
		// floors at its final scores. Its misses are other helpers':
		// r41d-07's two 2019 counts take "in early 2020" of the clause after
		// them (count date), r41d-12's count in Ayacucho is placed in
		// Andahuaylas (count place), and two bodies the lexicon lacks
		// ("the regional health office", "the Permanent Assembly for Human
		// Rights") (actors).
		tuningSet{"tuning-2026-12-r41d", []string{"tuning-2026-12-r41d.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.962, "count.date": 0.923, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.867, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r40d: written in round 40 by the date-claims helper (dateclaims40);
		// floors at its final scores (its first score's misses, a running
		// "for a fourth straight week on Friday" read as the week, are fixed).
		tuningSet{"tuning-2026-12-r40d", []string{"tuning-2026-12-r40d.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000}},
		// r39d: written in round 39 by the date-claims helper (dateclaims39);
		// floors at its final scores. Its count.date miss is the count-date
		// helper's (r39d-01's "18 people killed … gathered on Tuesday to mark
		// a year since the Jan. 9 violence": the count before both days gets
		// none), count.place and place the place helper's ("la represión …
		// en Huayllani" given Sacaba), actor R the actor rules' ("ocho
		// soldados" unlabelled as the army).
		// round 41 (conv41): count R 1.000 -> 0.933: r39d-07's eight soldiers
		// summoned gained `8 other` (README, settled in round 41); the extractor
		// gives no count there.
		// Round 41 (officers41): count.place and count.date lowered to 0.867
		// for r39d-07, whose "8 other" (officers charged, round 41's
		// convention) is now found but placed at Juliaca and dated by the
		// deaths' day (2023-01-09) by the count-place and count-date rules,
		// where the label has Peru and no date.
		tuningSet{"tuning-2026-12-r39d", []string{"tuning-2026-12-r39d.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.933, "count.date": 0.933, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r38d: written in round 38 by the date-claims helper (dateclaims38);
		// floors at its final scores. Its count.place misses are the place
		// helper's ("in Lima" after a LIMA dateline read as the department,
		// a count across "Sacaba y Senkata" given Bolivia, a national total
		// after "Bolivia's ombudsman" given La Paz), count.of r38d-06's "Solo
		// entre el 15 y el 19 de noviembre …, 20 personas" the counts
		// helper's; r38d-07's "312 … in nine days of protests" undated.
		tuningSet{"tuning-2026-12-r38d", []string{"tuning-2026-12-r38d.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.850, "count.date": 0.950, "count.q": 1.000, "count.of": 0.950, "date P": 1.000, "date R": 1.000, "place P": 0.962, "place R": 0.962, "actor P": 0.944, "actor R": 0.944, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r37d: written in round 37 by the date-claims helper (dateclaims37);
		// floors at its final scores. Its actor miss is the actor rules'
		// ("soldiers" in Peru).
		tuningSet{"tuning-2026-12-r37d", []string{"tuning-2026-12-r37d.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000}},
		// r36d: written in round 36 by the date-claims helper (dateclaims36);
		// floors at its final scores. Its count misses are r36d-01's (the
		// count takes "the Oct. 20 election" as its day, the count-date
		// helper's; "Bolivia's ombudsman" places no national count, the place
		// helper's); its actor misses the actor rules' ("soldiers" in Peru,
		// MT "Institute National of Human Rights", Cali's "la Personería",
		// Amnesty in English).
		tuningSet{"tuning-2026-12-r36d", []string{"tuning-2026-12-r36d.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.950, "count.date": 0.950, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.909, "actor R": 0.833, "actor.type": 1.000}},
		// r35e: written in round 35 by the speakers helper (speakers35);
		// floors at its final scores. Its actor misses are the actor rules'
		// open shapes ("The Army" in Bolivia read as "Ejército de Bolivia",
		// MT "The Regional Management of Health", "Soldiers" in Chile,
		// "the regional health office").
		tuningSet{"tuning-2026-12-r35e", []string{"tuning-2026-12-r35e.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.971, "actor R": 0.892, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r34d: written in round 34 by the date-claims helper (dateclaims34);
		// floors at its final scores (its first score too, but for one actor
		// label corrected to its canonical name). Its count misses are the
		// count-date and place helpers' (r34d-08's toll "whose death toll
		// rose to 10" after "Tuesday's military operation"), its place
		// misses a place named twice (Valparaíso, Cali), its weapon "by
		// firearm" labelled live ammunition.
		tuningSet{"tuning-2026-12-r34d", []string{"tuning-2026-12-r34d.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.928, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.929, "actor.type": 1.000, "weapon P": 0.000, "weapon R": 0.000}},
		// r33d: written in round 33 by the date-claims helper (dateclaims33);
		// floors at its final scores. Its count.date misses are count dates
		// (r33d-02's complaints "hasta este viernes", countdate's part), its
		// count.place and actor misses the place and actors helpers' (r33d-01's
		// national toll under a town's dateline, r33d-03's and -04's counts
		// with only the dateline's city; "Chile's prosecutor"). actor P 0.900
		// → 0.818 in round 37 (speakers37): soldiers in a story from Chile are
		// now the Ejército de Chile, as 20 paragraphs label them; r33d-08's
		// "shot dead by soldiers" does not.
		tuningSet{"tuning-2026-12-r33d", []string{"tuning-2026-12-r33d.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.800, "count.date": 0.933, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.917, "actor R": 0.917, "actor.type": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r32d: written in round 32 by the date-claims helper (dateclaims32);
		// floors at its final scores. Its count.date misses are count dates
		// (r32d-07's "this Wednesday" beside "since two weeks ago", r32d-10's
		// "that night" after an anniversary's "on Saturday", r32d-09's month
		// of the election), its count and place misses the counts and place
		// helpers' ("the May 28 killings" as 28 killed, Siloé, Ilave).
		tuningSet{"tuning-2026-12-r32d", []string{"tuning-2026-12-r32d.txt"},
			map[string]float64{"count P": 0.950, "count R": 0.950, "count.place": 0.947, "count.date": 0.947, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.909, "actor R": 0.909, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r31d: written in round 31 by the date-claims helper (dateclaims31);
		// floors at its final scores (its first score too: the rules of
		// earlier rounds read every shape it was written for). The actor
		// miss is r31d-01's lower-case "police" after "between protesters
		// and", the actors' part.
		tuningSet{"tuning-2026-12-r31d", []string{"tuning-2026-12-r31d.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r31b: written in round 31 by the place helper (place31); floors at
		// its final scores. Its count miss is r31b-11's "otros 22 heridos
		// permanecen internados" read other (the counts helper's); its actor
		// misses are the actors helper's ("Congress", soldiers and police,
		// "the regional health office"). r31b-10's "since two weeks ago",
		// once read as a week against a no-date label, is the range to
		// publication since round 32 (label corrected to the "since X"
		// convention; date P floor raised).
		// actor P 0.928 → 0.867 in round 38 (speakers38): soldiers acting in a
		// story from Peru are the Ejército del Perú, as 65 paragraphs label
		// them (most hashed) against 23 that leave them out or name the
		// Fuerzas Armadas; this set is among the 23 (label disagreement).
		tuningSet{"tuning-2026-12-r31b", []string{"tuning-2026-12-r31b.txt"},
			map[string]float64{"count P": 0.956, "count R": 0.956, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.889, "actor R": 0.941, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r38b: written in round 38 by the place helper (place38); floors at
		// its final scores. Its misses: "en el barrio Terranova de este
		// municipio" read as a locality of its own (a neighbourhood no
		// gazetteer lists, labelled as the town, left); "Soldiers" in a
		// Bolivian story (the actors helper's).
		tuningSet{"tuning-2026-12-r38b", []string{"tuning-2026-12-r38b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.938, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.969, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r37b: written in round 37 by the place helper (place37); floors at
		// its final scores, no miss left.
		// round 38 (conv38): actor P/R 1.000 → 0.917, r37b-08's "riot police" in Colombia
		// corrected to the Esmad (settled 15 against 7), which the extractor reads as the national police.
		tuningSet{"tuning-2026-12-r37b", []string{"tuning-2026-12-r37b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000}},
		// r36b: written in round 36 by the place helper (place36); floors at
		// its final scores. Its misses: the ellipsis counts "y Cochabamba,
		// con 11", MT "and Yumbo, with 4" (counts').
		tuningSet{"tuning-2026-12-r36b", []string{"tuning-2026-12-r36b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r35b: written in round 35 by the place helper (place35); floors at
		// its final scores. Its misses: "los ocho fallecidos del martes en
		// la planta de YPFB" after "Los vecinos de Senkata, en El Alto"
		// given the dateline's La Paz (place's, left); "Nueve productores de
		// hoja de coca murieron" (counts'); "otros 30 heridos en esa misma
		// zona" dated (count date's); actors.
		tuningSet{"tuning-2026-12-r35b", []string{"tuning-2026-12-r35b.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.944, "count.place": 0.941, "count.date": 0.941, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.867, "actor R": 0.929, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r34b: written in round 34 by the place helper (place34); floors at
		// its final scores. Its misses: r34b-01's count "at Paso del Comercio,
		// in the north of the city, where …" given the city; r34b-05's part
		// "The Cali neighbourhood of Siloé alone" given Cali (place's); parts
		// dated by their whole (count date's); Biobío after "the Government of"
		// read as a place (round 35 settled it unlabelled inside a body's name).
		tuningSet{"tuning-2026-12-r34b", []string{"tuning-2026-12-r34b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.958, "count.date": 0.875, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 0.824, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r33b: written in round 33 by the place helper (place33); floors at
		// its final scores. Its misses: "the neighbouring port" (r33b-11,
		// mine, left), parts after "De los civiles, 17 …" (counts), actors.
		// place P 1.000 → 0.969 in round 35 (conv35): r33b-01's Biobío in
		// "the Intendancy of the Biobío" lost its label by the convention
		// that a place inside an institution's name is not labelled.
		// round 39 (officers39): actor P 0.786 → 0.733, actor R 0.550 → 0.524: r33b-07
		// (six injured "son policías" under a MOQUEGUA dateline) gained Peru's police
		// (label correction, README settled in round 39); the harmed-officers rule gives
		// the force of the story country the actor rules read there, Ecuador, already
		// misread for its Defensoría (country detection, not this rule).
		tuningSet{"tuning-2026-12-r33b", []string{"tuning-2026-12-r33b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.952, "count.date": 1.000, "count.q": 1.000, "count.of": 0.904, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.750, "actor R": 0.571, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r32b: written in round 32 by the place helper (place32); floors at
		// its final scores. Its misses are other helpers': "30 people
		// remained in hospital" dated by the statement's day (count date),
		// "Solo en la región de Valparaíso … 412" not a part of the national
		// total (counts), "the militaries and police" (actors), and
		// "Colombia's ombudsman" after "CALI, Colombia" read as one place
		// mention (mine, left: the sets split on a possessive country the
		// dateline names too; ownerNamedElsewhere reads it once).
		tuningSet{"tuning-2026-12-r32b", []string{"tuning-2026-12-r32b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.925, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.969, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r30c: written in round 30 by the dates helper; floors at its final
		// scores. Its count.date miss is r30c-08's parts in brackets in the
		// next sentence ("La mayoría … La Paz (13)"), labelled with the
		// whole's range as 12zl's nzl-02 reads them, where 12r and 12zk
		// read a ranked breakdown undated (a split, results.md round 30);
		// place misses are the place helper's ("Azángaro, 16 de enero.-" as
		// the province); count.place 0.920 → 0.960 in round 31 (place31):
		// "the eight people killed here" under EL ALTO takes the dateline's town;
		// count.place → 1.000, place P/R → 1.000 in round 32 (place32):
		// "Azángaro, 16 de enero.-" is read as a dateline, the district.
		tuningSet{"tuning-2026-12-r30c", []string{"tuning-2026-12-r30c.txt"},
			map[string]float64{"count P": 0.961, "count R": 1.000, "count.place": 1.000, "count.date": 0.920, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.941, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// r29c's parts of the harm past a semicolon take their whole's date
		// since round 31 (README, "settled in round 31"; labels corrected);
		// count, place and actor misses are the counts and place helpers'
		// (El Alto, Quito levels; "in at least 31 cases" as injured).
		// actor P 0.900 → 0.833 in round 38 (speakers38): soldiers acting in a
		// story from Peru are the Ejército del Perú, as 65 paragraphs label
		// them (most hashed) against 23 that leave them out or name the
		// Fuerzas Armadas; this set is among the 23 (label disagreement).
		tuningSet{"tuning-2026-12-r29c", []string{"tuning-2026-12-r29c.txt"},
			map[string]float64{"count P": 0.944, "count R": 0.950, "count.place": 0.765, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.812, "place R": 0.812, "actor P": 0.846, "actor R": 0.846, "actor.type": 1.000, "weapon P": 0.500, "weapon R": 0.500, "wound P": 1.000, "wound R": 1.000}},
		// r28c's count and count.place misses are the counts and place
		// helpers' (MT "died in Ecuador 11 persons", "victims of ocular
		// injuries", Ayacucho and Andahuaylas levels, Huayllani); date P:
		// r28c-13's "a year ago" is read as 2023 where the label reads no
		// claim (a dateline's day and "on Friday", two claims of one day,
		// were labelled so in round 30, as round 29 settled).
		tuningSet{"tuning-2026-12-r28c", []string{"tuning-2026-12-r28c.txt"},
			map[string]float64{"count P": 0.864, "count R": 0.960, "count.place": 0.958, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 0.853, "date R": 1.000, "place P": 0.963, "place R": 0.897, "actor P": 0.905, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r27c's count.place and place misses are the place helper's
		// (Andahuaylas, Juliaca, Puno at district level); a dateline's day and "on Tuesday", two claims of one day,
		// were labelled so in round 30, as round 29 settled.
		tuningSet{"tuning-2026-12-r27c", []string{"tuning-2026-12-r27c.txt"},
			map[string]float64{"count P": 0.903, "count R": 0.966, "count.place": 0.821, "count.date": 0.929, "count.q": 0.964, "count.of": 1.000, "date P": 0.970, "date R": 1.000, "place P": 0.833, "place R": 0.926, "actor P": 1.000, "actor R": 0.913, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r26c's count.place misses are the place helper's (a national
		// count under a possessive country, Puerto Resistencia, the HRW
		// visit's towns); date P: the dateline's day and "said on
		// Thursday" give two claims of one day (r26c-01, -09, -14).
		tuningSet{"tuning-2026-12-r26c", []string{"tuning-2026-12-r26c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.966, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 0.870, "date R": 1.000, "place P": 1.000, "place R": 0.971, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12-r25c", []string{"tuning-2026-12-r25c.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.975, "count.place": 1.000, "count.date": 0.974, "count.q": 1.000, "count.of": 1.000, "date P": 0.962, "date R": 1.000, "place P": 0.968, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// r24c-08's of= stays missed: its "Solo en Sacaba … fallecieron 10"
		// is a part of the toll before, where nzb-10 reads "Solo en Sacaba
		// y Senkata murieron 20" as no part (round 25; for the lead).
		tuningSet{"tuning-2026-12-r24b", []string{"tuning-2026-12-r24b.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.958, "count.q": 1.000, "count.of": 1.000, "date P": 0.586, "date R": 0.739, "place P": 1.000, "place R": 0.980, "actor P": 1.000, "actor R": 0.889, "actor.type": 0.933, "weapon P": 1.000, "weapon R": 1.000}},
		tuningSet{"tuning-2026-12-r24c", []string{"tuning-2026-12-r24c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 1.000, "count.date": 0.973, "count.q": 1.000, "count.of": 0.973, "date P": 1.000, "date R": 0.971, "place P": 1.000, "place R": 1.000, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12-r22a", []string{"tuning-2026-12-r22a.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.964, "count.place": 0.963, "count.date": 1.000, "count.q": 1.000, "count.of": 0.963, "date P": 1.000, "date R": 1.000, "place P": 0.953, "place R": 0.957, "actor P": 0.909, "actor R": 0.938, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		tuningSet{"tuning-2026-12-r21a", []string{"tuning-2026-12-r21a.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.886, "count.date": 1.000, "count.q": 1.000, "count.of": 1.000, "date P": 0.958, "date R": 1.000, "place P": 1.000, "place R": 0.986, "actor P": 0.938, "actor R": 0.968, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// count.date 0.983 → 0.948: r19c-09's parts by region in a later
		// sentence ("La cifra más alta corresponde a Sucre, con 33, …") gained
		// their whole's date by round 30's convention (a part by place in its
		// own words takes its whole's date); the labels moved, not the rules.
		// round 41 (conv41): weapon R 1.000 -> 0.800: r19c-02's "later died of
		// gunshot wounds" gained `live ammunition` (README, settled in round 41).
		tuningSet{"tuning-2026-12-r19c", []string{"tuning-2026-12-r19c.txt"},
			map[string]float64{"count P": 1.000, "count R": 1.000, "count.place": 0.879, "count.date": 0.948, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "actor P": 0.957, "actor R": 0.957, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		tuningSet{"tuning-2026-12-r19b", []string{"tuning-2026-12-r19b.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.958, "count.place": 0.957, "count.date": 0.913, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.955, "place R": 0.977, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.964, "actor R": 1.000, "actor.type": 1.000, "weapon P": 0.900, "weapon R": 0.900, "wound P": 1.000, "wound R": 0.600}},
		// actor P 0.948 → 0.924 in round 38 (speakers38): Colombia's municipal
		// secretariats ("la Secretaría de Salud municipal", MT "the Secretary of
		// Health of Cali") are actors, as 25 paragraphs label them against 9;
		// rf-12 is among the 9 (label disagreement).
		// round 41 (wound41): weapon P 0.882 -> 0.810: nf-01, wf-17 gain `live ammunition`
		// from a gunshot wound with no weapon word (README, settled in round 41: a gunshot
		// wound gives `live ammunition`); their hashed labels read no weapon and are left
		// as they are.
		tuningSet{"tuning-2026-12f-exblind", []string{"tuning-2026-12f-exblind/a-wire.txt", "tuning-2026-12f-exblind/b-regional.txt", "tuning-2026-12f-exblind/c-ngo.txt", "tuning-2026-12f-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.993, "count R": 0.979, "count.place": 0.993, "count.date": 0.979, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 0.990, "place P": 0.978, "place R": 0.973, "quotation P": 0.857, "quotation R": 0.857, "quotation.text": 1.000, "actor P": 0.925, "actor R": 0.980, "actor.type": 1.000, "weapon P": 0.810, "weapon R": 0.882, "wound P": 1.000, "wound R": 1.000}},
		// round 38 (conv38): actor P 0.978 → 0.957 (R 0.900 → 0.880), r19a-26's "riot police" in Colombia
		// corrected to the Esmad (settled 15 against 7), which the extractor reads as the national police.
		tuningSet{"tuning-2026-12-r19a", []string{"tuning-2026-12-r19a.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.982, "count.place": 1.000, "count.date": 0.926, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.962, "place R": 0.962, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000}},
		// round 39 (conv39): actor R 1.000 → 0.905: officers counted among the harmed
		// make their force an actor (settled 235 against 125, hashed 214 against 54);
		// r20a-07, r20a-17 gained the label, which the extractor does not give (label correction).
		tuningSet{"tuning-2026-12-r20a", []string{"tuning-2026-12-r20a.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.970, "count.place": 0.781, "count.date": 0.969, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 0.902, "place R": 0.902, "actor P": 1.000, "actor R": 1.000, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound R": 1.000}},
		// round 39 (officers39): actor P 0.982 → 0.939: the harmed-officers rule gives the force
		// of officers counted among the harmed (README, settled in round 39) where these
		// hashed labels, written before the convention, leave it out (the hashed 54 against).
		tuningSet{"tuning-2026-12g-exblind", []string{"tuning-2026-12g-exblind/a-wire.txt", "tuning-2026-12g-exblind/b-regional.txt", "tuning-2026-12g-exblind/c-ngo.txt", "tuning-2026-12g-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.972, "count R": 0.959, "count.place": 0.943, "count.date": 0.957, "count.q": 1.000, "count.of": 0.972, "date P": 0.989, "date R": 1.000, "place P": 0.994, "place R": 0.994, "quotation P": 0.909, "quotation R": 0.870, "quotation.text": 1.000, "actor P": 0.939, "actor R": 0.973, "actor.type": 1.000, "weapon P": 0.889, "weapon R": 0.889, "wound P": 1.000, "wound R": 1.000}},
		// 12h's and 12j's actor P floors fell in round 21: their hashed labels leave out the regional
		// health directorate the conventions (2026-12n, -p, -q, -v readings) and the later sets name,
		// and 12h's wh-12 leaves out Bolivia's soldiers (Fuerzas Armadas de Bolivia by the -p and -v readings).
		// count.date lowered in round 21: complaints, case files and lawsuits over a harm take no date from the harm's span
		// (convention settled in round 21, extract/testdata/README.md); this hashed set reads the other way in wh-10, nh-10 and rh-10.
		// round 41 (wound41): weapon P 0.963 -> 0.897: nh-12, wh-08 gain `live ammunition`
		// from a gunshot wound with no weapon word (README, settled in round 41: a gunshot
		// wound gives `live ammunition`); their hashed labels read no weapon and are left
		// as they are.
		tuningSet{"tuning-2026-12h-exblind", []string{"tuning-2026-12h-exblind/a-wire.txt", "tuning-2026-12h-exblind/b-regional.txt", "tuning-2026-12h-exblind/c-ngo.txt", "tuning-2026-12h-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.955, "count R": 0.906, "count.place": 0.944, "count.date": 0.929, "count.q": 0.992, "count.of": 0.952, "date P": 1.000, "date R": 1.000, "place P": 0.981, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.884, "actor R": 0.967, "actor.type": 1.000, "weapon P": 0.897, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.917}},
		// round 41 (wound41): weapon P 0.941 -> 0.889: ni-02 gains `live ammunition` from a
		// gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		tuningSet{"tuning-2026-12i-exblind", []string{"tuning-2026-12i-exblind/a-wire.txt", "tuning-2026-12i-exblind/b-regional.txt", "tuning-2026-12i-exblind/c-ngo.txt", "tuning-2026-12i-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.989, "count R": 0.989, "count.place": 1.000, "count.date": 0.943, "count.q": 1.000, "count.of": 0.989, "date P": 1.000, "date R": 1.000, "place P": 0.984, "place R": 1.000, "quotation P": 0.963, "quotation R": 0.963, "quotation.text": 1.000, "actor P": 0.963, "actor R": 0.975, "actor.type": 1.000, "weapon P": 0.889, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.857}},
		// actor P 0.967 → 0.947 when round 22's rule for soldiers joined to
		// the police ("policías y militares desbloquearon") merged: rj-16
		// in Bolivia has no label for them, where wl-06, wv-09, r21a-01,
		// rt-04, ww-15, rx-10 and nx-09 label them Bolivia's armed forces;
		// the sets disagree and the hashed label stays as written.
		tuningSet{"tuning-2026-12j-exblind", []string{"tuning-2026-12j-exblind/a-wire.txt", "tuning-2026-12j-exblind/b-regional.txt", "tuning-2026-12j-exblind/c-ngo.txt", "tuning-2026-12j-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.983, "count R": 0.975, "count.place": 0.949, "count.date": 0.923, "count.q": 1.000, "count.of": 0.949, "date P": 0.987, "date R": 0.987, "place P": 0.985, "place R": 0.985, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.948, "actor R": 0.948, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.964, "wound P": 0.938, "wound R": 0.750}},
		// round 41 (wound41): weapon P 0.966 -> 0.933: wk-15 gains `live ammunition` from a
		// gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		tuningSet{"tuning-2026-12k-exblind", []string{"tuning-2026-12k-exblind/a-wire.txt", "tuning-2026-12k-exblind/b-regional.txt", "tuning-2026-12k-exblind/c-ngo.txt", "tuning-2026-12k-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.982, "count R": 0.973, "count.place": 0.936, "count.date": 0.881, "count.q": 1.000, "count.of": 0.982, "date P": 0.955, "date R": 0.940, "place P": 0.992, "place R": 0.968, "quotation P": 0.917, "quotation R": 0.917, "quotation.text": 1.000, "actor P": 0.989, "actor R": 0.957, "actor.type": 1.000, "weapon P": 0.933, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.857}},
		tuningSet{"tuning-2026-12l-exblind", []string{"tuning-2026-12l-exblind/a-wire.txt", "tuning-2026-12l-exblind/b-regional.txt", "tuning-2026-12l-exblind/c-ngo.txt", "tuning-2026-12l-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.959, "count R": 0.921, "count.place": 0.944, "count.date": 0.889, "count.q": 1.000, "count.of": 0.968, "date P": 1.000, "date R": 0.987, "place P": 0.971, "place R": 0.985, "quotation P": 0.913, "quotation R": 0.913, "quotation.text": 1.000, "actor P": 1.000, "actor R": 0.917, "actor.type": 1.000, "weapon P": 0.944, "weapon R": 0.944, "wound P": 0.955, "wound R": 0.857}},
		// round 41 (wound41): weapon P 1.000 -> 0.964: wm-08 gains `live ammunition` from a
		// gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		tuningSet{"tuning-2026-12m-exblind", []string{"tuning-2026-12m-exblind/a-wire.txt", "tuning-2026-12m-exblind/b-regional.txt", "tuning-2026-12m-exblind/c-ngo.txt", "tuning-2026-12m-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.970, "count R": 0.925, "count.place": 0.990, "count.date": 0.951, "count.q": 1.000, "count.of": 0.959, "date P": 1.000, "date R": 1.000, "place P": 0.972, "place R": 0.981, "quotation P": 0.958, "quotation R": 0.920, "quotation.text": 1.000, "actor P": 0.970, "actor R": 0.941, "actor.type": 1.000, "weapon P": 0.964, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.857}},
		tuningSet{"tuning-2026-12n-exblind", []string{"tuning-2026-12n-exblind/a-wire.txt", "tuning-2026-12n-exblind/b-regional.txt", "tuning-2026-12n-exblind/c-ngo.txt", "tuning-2026-12n-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.991, "count.place": 0.962, "count.date": 0.914, "count.q": 1.000, "count.of": 0.991, "date P": 0.986, "date R": 1.000, "place P": 0.983, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.990, "actor R": 0.961, "actor.type": 1.000, "weapon P": 0.935, "weapon R": 0.879, "wound P": 0.933, "wound R": 0.778}},
		// round 41 (wound41): weapon P 0.889 -> 0.842: no-05, wo-07 gain `live ammunition`
		// from a gunshot wound with no weapon word (README, settled in round 41: a gunshot
		// wound gives `live ammunition`); their hashed labels read no weapon and are left
		// as they are.
		tuningSet{"tuning-2026-12o-exblind", []string{"tuning-2026-12o-exblind/a-wire.txt", "tuning-2026-12o-exblind/b-regional.txt", "tuning-2026-12o-exblind/c-ngo.txt", "tuning-2026-12o-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.973, "count R": 0.964, "count.place": 0.935, "count.date": 0.981, "count.q": 1.000, "count.of": 0.981, "date P": 1.000, "date R": 0.986, "place P": 0.976, "place R": 0.992, "quotation P": 0.963, "quotation R": 0.963, "quotation.text": 1.000, "actor P": 1.000, "actor R": 0.962, "actor.type": 1.000, "weapon P": 0.842, "weapon R": 0.889, "wound P": 1.000, "wound R": 0.875}},
		// round 39 (officers39): actor P 0.990 → 0.970: the harmed-officers rule gives the force
		// of officers counted among the harmed (README, settled in round 39) where these
		// hashed labels, written before the convention, leave it out (the hashed 54 against).
		tuningSet{"tuning-2026-12p-exblind", []string{"tuning-2026-12p-exblind/a-wire.txt", "tuning-2026-12p-exblind/b-regional.txt", "tuning-2026-12p-exblind/c-ngo.txt", "tuning-2026-12p-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.981, "count R": 1.000, "count.place": 0.854, "count.date": 0.922, "count.q": 1.000, "count.of": 0.961, "date P": 1.000, "date R": 0.984, "place P": 0.938, "place R": 0.976, "quotation P": 0.893, "quotation R": 0.926, "quotation.text": 1.000, "actor P": 0.980, "actor R": 0.980, "actor.type": 1.000, "weapon P": 0.842, "weapon R": 0.727, "wound P": 1.000, "wound R": 0.846}},
		// weapon P/R 0.905 → 0.857 in round 41 (speakers41): the baton is
		// named "batons", as 22 weapon labels name it against 10; nq-08
		// (hashed) labels "baton".
		// round 41 (wound41): weapon P 0.857 -> 0.818: wq-08 gains `live ammunition` from a
		// gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		tuningSet{"tuning-2026-12q-exblind", []string{"tuning-2026-12q-exblind/a-wire.txt", "tuning-2026-12q-exblind/b-regional.txt", "tuning-2026-12q-exblind/c-ngo.txt", "tuning-2026-12q-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.989, "count R": 0.917, "count.place": 0.852, "count.date": 0.946, "count.q": 1.000, "count.of": 0.955, "date P": 1.000, "date R": 1.000, "place P": 0.938, "place R": 0.991, "quotation P": 0.920, "quotation R": 0.920, "quotation.text": 1.000, "actor P": 1.000, "actor R": 0.967, "actor.type": 1.000, "weapon P": 0.818, "weapon R": 0.857, "wound P": 1.000, "wound R": 0.810}},
		// 12r actor P lowered in round 39 (merge of speakers39 and officers39):
		// the harmed officers' force, settled in round 39, is given where
		// this hashed set, written before the convention, leaves it out
		// (nr-03, nr-06).
		tuningSet{"tuning-2026-12r-exblind", []string{"tuning-2026-12r-exblind/a-wire.txt", "tuning-2026-12r-exblind/b-regional.txt", "tuning-2026-12r-exblind/c-ngo.txt", "tuning-2026-12r-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.947, "count R": 0.881, "count.place": 0.888, "count.date": 0.854, "count.q": 1.000, "count.of": 0.978, "date P": 0.932, "date R": 0.948, "place P": 0.936, "place R": 0.982, "quotation P": 0.692, "quotation R": 0.692, "quotation.text": 1.000, "actor P": 0.952, "actor R": 0.976, "actor.type": 1.000, "weapon P": 0.833, "weapon R": 0.938, "wound P": 1.000, "wound R": 0.929}},
		tuningSet{"tuning-2026-12s-exblind", []string{"tuning-2026-12s-exblind/a-wire.txt", "tuning-2026-12s-exblind/b-regional.txt", "tuning-2026-12s-exblind/c-ngo.txt", "tuning-2026-12s-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.942, "count R": 0.869, "count.place": 0.876, "count.date": 0.814, "count.q": 1.000, "count.of": 0.929, "date P": 0.973, "date R": 0.986, "place P": 0.917, "place R": 0.932, "quotation P": 0.833, "quotation R": 0.800, "quotation.text": 1.000, "actor P": 0.957, "actor R": 0.989, "actor.type": 1.000, "weapon P": 0.967, "weapon R": 0.906, "wound P": 1.000, "wound R": 1.000}},
		// round 39 (officers39): actor P 0.972 → 0.946: the harmed-officers rule gives the force
		// of officers counted among the harmed (README, settled in round 39) where these
		// hashed labels, written before the convention, leave it out (the hashed 54 against).
		// round 41 (wound41): weapon P 0.964 -> 0.903: wt-01, wt-14 gain `live ammunition`
		// from a gunshot wound with no weapon word (README, settled in round 41: a gunshot
		// wound gives `live ammunition`); their hashed labels read no weapon and are left
		// as they are.
		tuningSet{"tuning-2026-12t-exblind", []string{"tuning-2026-12t-exblind/a-wire.txt", "tuning-2026-12t-exblind/b-regional.txt", "tuning-2026-12t-exblind/c-ngo.txt", "tuning-2026-12t-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.984, "count R": 0.977, "count.place": 0.921, "count.date": 0.905, "count.q": 1.000, "count.of": 0.984, "date P": 1.000, "date R": 0.987, "place P": 0.959, "place R": 0.921, "quotation P": 0.960, "quotation R": 0.960, "quotation.text": 1.000, "actor P": 0.946, "actor R": 0.938, "actor.type": 1.000, "weapon P": 0.903, "weapon R": 0.964, "wound P": 0.957, "wound R": 0.917}},
		// round 39 (officers39): actor P 0.952 → 0.917: the harmed-officers rule gives the force
		// of officers counted among the harmed (README, settled in round 39) where these
		// hashed labels, written before the convention, leave it out (the hashed 54 against).
		// round 40 (speakers40): actor P 0.917 → 0.893: mu-09 ("Of these, 318 are
		// police effectives") names the harmed officers' force (README, round
		// 39), which this hashed label leaves out.
		// round 41 (wound41): weapon P 1.000 -> 0.955: nu-02 gains `live ammunition` from a
		// gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		tuningSet{"tuning-2026-12u-exblind", []string{"tuning-2026-12u-exblind/a-wire.txt", "tuning-2026-12u-exblind/b-regional.txt", "tuning-2026-12u-exblind/c-ngo.txt", "tuning-2026-12u-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.959, "count R": 0.908, "count.place": 0.899, "count.date": 0.864, "count.q": 1.000, "count.of": 0.941, "date P": 1.000, "date R": 1.000, "place P": 0.931, "place R": 0.937, "quotation P": 0.958, "quotation R": 0.920, "quotation.text": 1.000, "actor P": 0.893, "actor R": 0.980, "actor.type": 1.000, "weapon P": 0.955, "weapon R": 0.955, "wound P": 1.000, "wound R": 1.000}},
		// round 39 (officers39): actor P 0.948 → 0.902: the harmed-officers rule gives the force
		// of officers counted among the harmed (README, settled in round 39) where these
		// hashed labels, written before the convention, leave it out (the hashed 54 against).
		// round 41 (wound41): weapon P 0.958 -> 0.920: wv-03 gains `live ammunition` from a
		// gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		tuningSet{"tuning-2026-12v-exblind", []string{"tuning-2026-12v-exblind/a-wire.txt", "tuning-2026-12v-exblind/b-regional.txt", "tuning-2026-12v-exblind/c-ngo.txt", "tuning-2026-12v-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.920, "count R": 0.863, "count.place": 0.826, "count.date": 0.884, "count.q": 1.000, "count.of": 0.994, "date P": 1.000, "date R": 1.000, "place P": 0.977, "place R": 0.954, "quotation P": 0.962, "quotation R": 0.962, "quotation.text": 1.000, "actor P": 0.902, "actor R": 1.000, "actor.type": 1.000, "weapon P": 0.920, "weapon R": 0.958, "wound P": 1.000, "wound R": 0.944}},
		tuningSet{"tuning-2026-12w-exblind", []string{"tuning-2026-12w-exblind/a-wire.txt", "tuning-2026-12w-exblind/b-regional.txt", "tuning-2026-12w-exblind/c-ngo.txt", "tuning-2026-12w-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.976, "count R": 0.969, "count.place": 0.937, "count.date": 0.953, "count.q": 0.992, "count.of": 0.967, "date P": 0.985, "date R": 1.000, "place P": 0.991, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.983, "actor R": 0.966, "actor.type": 1.000, "weapon P": 0.963, "weapon R": 0.929, "wound P": 0.941, "wound R": 0.941}},
		tuningSet{"tuning-2026-12x-exblind", []string{"tuning-2026-12x-exblind/a-wire.txt", "tuning-2026-12x-exblind/b-regional.txt", "tuning-2026-12x-exblind/c-ngo.txt", "tuning-2026-12x-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.977, "count R": 0.865, "count.place": 0.959, "count.date": 0.965, "count.q": 0.994, "count.of": 0.959, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.975, "actor R": 0.967, "actor.type": 1.000, "weapon P": 0.969, "weapon R": 0.912, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12y-exblind", []string{"tuning-2026-12y-exblind/a-wire.txt", "tuning-2026-12y-exblind/b-regional.txt", "tuning-2026-12y-exblind/c-ngo.txt", "tuning-2026-12y-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.978, "count R": 0.893, "count.place": 0.896, "count.date": 0.972, "count.q": 1.000, "count.of": 0.985, "date P": 1.000, "date R": 1.000, "place P": 0.992, "place R": 0.970, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.973, "actor R": 0.973, "actor.type": 1.000, "weapon P": 0.875, "weapon R": 0.778, "wound P": 0.941, "wound R": 1.000}},
		tuningSet{"tuning-2026-12z-exblind", []string{"tuning-2026-12z-exblind/a-wire.txt", "tuning-2026-12z-exblind/b-regional.txt", "tuning-2026-12z-exblind/c-ngo.txt", "tuning-2026-12z-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.944, "count R": 0.889, "count.place": 0.958, "count.date": 0.914, "count.q": 1.000, "count.of": 0.976, "date P": 0.976, "date R": 0.976, "place P": 0.986, "place R": 0.993, "quotation P": 1.000, "quotation R": 0.964, "quotation.text": 1.000, "actor P": 0.953, "actor R": 0.950, "actor.type": 1.000, "weapon P": 0.938, "weapon R": 0.882, "wound P": 0.966, "wound R": 0.903}},
		// count.place 0.894 → 0.869 in round 24 (counts24): nza-12's "21
		// personas" held "en un penal de La Paz" is now counted (count R up),
		// but the place rules miss La Paz there (a place claim missed too),
		// and the count takes "los hechos del 26 de junio" that the next
		// sentence's "esa tarde" carried before; a place and date matter
		// for the place and dates helpers, not a count to drop.
		tuningSet{"tuning-2026-12za-exblind", []string{"tuning-2026-12za-exblind/a-wire.txt", "tuning-2026-12za-exblind/b-regional.txt", "tuning-2026-12za-exblind/c-ngo.txt", "tuning-2026-12za-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.953, "count R": 0.879, "count.place": 0.899, "count.date": 0.950, "count.q": 1.000, "count.of": 0.992, "date P": 0.973, "date R": 0.959, "place P": 0.959, "place R": 0.983, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.962, "actor R": 0.962, "actor.type": 1.000, "weapon P": 0.971, "weapon R": 0.872, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zb-exblind", []string{"tuning-2026-12zb-exblind/a-wire.txt", "tuning-2026-12zb-exblind/b-regional.txt", "tuning-2026-12zb-exblind/c-ngo.txt", "tuning-2026-12zb-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.970, "count R": 0.943, "count.place": 0.908, "count.date": 0.907, "count.q": 1.000, "count.of": 0.982, "date P": 0.973, "date R": 0.986, "place P": 0.975, "place R": 0.994, "quotation P": 0.960, "quotation R": 0.960, "quotation.text": 1.000, "actor P": 0.955, "actor R": 0.913, "actor.type": 1.000, "weapon P": 0.974, "weapon R": 0.925, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zc-exblind", []string{"tuning-2026-12zc-exblind/a-wire.txt", "tuning-2026-12zc-exblind/b-regional.txt", "tuning-2026-12zc-exblind/c-ngo.txt", "tuning-2026-12zc-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.989, "count R": 0.989, "count.place": 0.922, "count.date": 0.883, "count.q": 1.000, "count.of": 0.927, "date P": 0.887, "date R": 0.915, "place P": 0.970, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.958, "actor R": 0.958, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.972, "wound P": 1.000, "wound R": 0.933}},
		// count.date: rzd-06's three counts take the Tuesday of "la
		// protesta del martes" (round 26's floor 0.826 restored to 0.847).
		tuningSet{"tuning-2026-12zd-exblind", []string{"tuning-2026-12zd-exblind/a-wire.txt", "tuning-2026-12zd-exblind/b-regional.txt", "tuning-2026-12zd-exblind/c-ngo.txt", "tuning-2026-12zd-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.932, "count R": 0.971, "count.place": 0.910, "count.date": 0.898, "count.q": 1.000, "count.of": 0.976, "date P": 0.976, "date R": 1.000, "place P": 0.994, "place R": 0.982, "quotation P": 0.970, "quotation R": 0.970, "quotation.text": 1.000, "actor P": 0.936, "actor R": 0.942, "actor.type": 1.000, "weapon P": 0.951, "weapon R": 0.975, "wound P": 1.000, "wound R": 0.905}},
		// round 41 (wound41): weapon P 1.000 -> 0.966: nze-01 gains `live ammunition` from
		// a gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		tuningSet{"tuning-2026-12ze-exblind", []string{"tuning-2026-12ze-exblind/a-wire.txt", "tuning-2026-12ze-exblind/b-regional.txt", "tuning-2026-12ze-exblind/c-ngo.txt", "tuning-2026-12ze-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.985, "count R": 0.971, "count.place": 0.985, "count.date": 0.955, "count.q": 1.000, "count.of": 0.970, "date P": 0.988, "date R": 1.000, "place P": 1.000, "place R": 0.977, "quotation P": 0.917, "quotation R": 0.917, "quotation.text": 1.000, "actor P": 0.954, "actor R": 0.969, "actor.type": 1.000, "weapon P": 0.966, "weapon R": 0.966, "wound P": 0.947, "wound R": 0.900}},
		// date R: rzf-07, mzf-13 label a later sentence's "ese mismo día",
		// "that day" as a date of its own, against 23 paragraphs (round 27).
		tuningSet{"tuning-2026-12zf-exblind", []string{"tuning-2026-12zf-exblind/a-wire.txt", "tuning-2026-12zf-exblind/b-regional.txt", "tuning-2026-12zf-exblind/c-ngo.txt", "tuning-2026-12zf-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.978, "count R": 0.956, "count.place": 0.977, "count.date": 0.948, "count.q": 1.000, "count.of": 1.000, "date P": 0.987, "date R": 0.939, "place P": 0.975, "place R": 0.987, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.942, "actor R": 0.966, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.974, "wound P": 1.000, "wound R": 0.960}},
		// round 39 (officers39): actor P 0.974 → 0.943: the harmed-officers rule gives the force
		// of officers counted among the harmed (README, settled in round 39) where these
		// hashed labels, written before the convention, leave it out (the hashed 54 against).
		// round 41 (wound41): weapon P 0.952 -> 0.930: nzg-07 gains `live ammunition` from
		// a gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); the paragraph also names the gun (Galil rifles), and
		// its hashed label reads the rifle alone; left as it is.
		tuningSet{"tuning-2026-12zg-exblind", []string{"tuning-2026-12zg-exblind/a-wire.txt", "tuning-2026-12zg-exblind/b-regional.txt", "tuning-2026-12zg-exblind/c-ngo.txt", "tuning-2026-12zg-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.974, "count R": 0.994, "count.place": 0.936, "count.date": 0.917, "count.q": 1.000, "count.of": 0.973, "date P": 0.924, "date R": 0.980, "place P": 0.993, "place R": 0.927, "quotation P": 0.927, "quotation R": 0.927, "quotation.text": 1.000, "actor P": 0.958, "actor R": 0.940, "actor.type": 1.000, "weapon P": 0.930, "weapon R": 0.952, "wound P": 1.000, "wound R": 0.941}},
		// round 48 (origins48): count.place 0.978 -> 0.984 (heldPartPlace), then
		// 0.984 -> 0.978 when a part in a sentence with no place took its whole's
		// place: rzh-16's "Tres de los heridos aún permanecen hospitalizados" now
		// follows its whole, whose own place the extractor misses (Chincheros for
		// Apurímac). Floor left at 0.984; the score is within the margin.
		tuningSet{"tuning-2026-12zh-exblind", []string{"tuning-2026-12zh-exblind/a-wire.txt", "tuning-2026-12zh-exblind/b-regional.txt", "tuning-2026-12zh-exblind/c-ngo.txt", "tuning-2026-12zh-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.984, "count R": 0.963, "count.place": 0.984, "count.date": 0.918, "count.q": 1.000, "count.of": 0.978, "date P": 1.000, "date R": 1.000, "place P": 0.994, "place R": 0.952, "quotation P": 0.846, "quotation R": 0.846, "quotation.text": 1.000, "actor P": 0.943, "actor R": 0.890, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// 12zi date P 0.963 → 0.952 in round 37 (dateclaims37): "the 2021
		// national strike" is read as the year, as wzx-16 and r37d-11 label
		// it and 12zi's own agreement labelling labels nzi-02; the hashed
		// nzi-02 leaves that year out.
		// round 41 (wound41): weapon P 0.925 -> 0.881: nzi-04, nzi-11 gain `live
		// ammunition` from a gunshot wound with no weapon word (README, settled in round
		// 41: a gunshot wound gives `live ammunition`); nzi-04 also names "firearm
		// injuries" and reads `firearm` alone, nzi-11 no weapon; both hashed, left as
		// they are.
		tuningSet{"tuning-2026-12zi-exblind", []string{"tuning-2026-12zi-exblind/a-wire.txt", "tuning-2026-12zi-exblind/b-regional.txt", "tuning-2026-12zi-exblind/c-ngo.txt", "tuning-2026-12zi-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.954, "count R": 0.933, "count.place": 0.862, "count.date": 0.892, "count.q": 1.000, "count.of": 0.970, "date P": 0.963, "date R": 0.952, "place P": 0.939, "place R": 0.965, "quotation P": 0.933, "quotation R": 0.933, "quotation.text": 1.000, "actor P": 0.943, "actor R": 0.943, "actor.type": 1.000, "weapon P": 0.881, "weapon R": 0.949, "wound P": 1.000, "wound R": 0.944}},
		tuningSet{"tuning-2026-12zj-exblind", []string{"tuning-2026-12zj-exblind/a-wire.txt", "tuning-2026-12zj-exblind/b-regional.txt", "tuning-2026-12zj-exblind/c-ngo.txt", "tuning-2026-12zj-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.952, "count R": 0.929, "count.place": 0.975, "count.date": 0.957, "count.q": 1.000, "count.of": 1.000, "date P": 0.966, "date R": 0.966, "place P": 1.000, "place R": 0.954, "quotation P": 0.941, "quotation R": 0.889, "quotation.text": 1.000, "actor P": 0.967, "actor R": 0.948, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.906, "wound P": 0.944, "wound R": 0.944}},
		// round 41 (wound41): weapon P 0.955 -> 0.913: wzk-03 gains `live ammunition` from
		// a gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		tuningSet{"tuning-2026-12zk-exblind", []string{"tuning-2026-12zk-exblind/a-wire.txt", "tuning-2026-12zk-exblind/b-regional.txt", "tuning-2026-12zk-exblind/c-ngo.txt", "tuning-2026-12zk-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.959, "count R": 0.897, "count.place": 0.987, "count.date": 0.879, "count.q": 1.000, "count.of": 1.000, "date P": 0.939, "date R": 0.963, "place P": 0.985, "place R": 1.000, "quotation P": 0.944, "quotation R": 0.944, "quotation.text": 1.000, "actor P": 0.992, "actor R": 0.959, "actor.type": 1.000, "weapon P": 0.913, "weapon R": 0.955, "wound P": 0.957, "wound R": 1.000}},
		// 12zl's and 12zm's count.place and place floors raised in round 30
		// (place30), after its rules for datelines, zones and national tolls.
		// 12zl actor P lowered in round 39 (merge of speakers39 and officers39):
		// the harmed officers' force, settled in round 39, is given where
		// this hashed set, written before the convention, leaves it out
		// (wzl-02, wzl-03, wzl-04, rzl-13).
		// round 41 (wound41): weapon P 0.875 -> 0.840: wzl-04 gains `live ammunition` from
		// a gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		tuningSet{"tuning-2026-12zl-exblind", []string{"tuning-2026-12zl-exblind/a-wire.txt", "tuning-2026-12zl-exblind/b-regional.txt", "tuning-2026-12zl-exblind/c-ngo.txt", "tuning-2026-12zl-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.947, "count R": 0.863, "count.place": 0.964, "count.date": 0.949, "count.q": 1.000, "count.of": 0.976, "date P": 0.920, "date R": 0.941, "place P": 0.978, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.828, "actor R": 0.921, "actor.type": 1.000, "weapon P": 0.840, "weapon R": 0.955, "wound P": 0.938, "wound R": 0.938}},
		// round 39 (officers39): actor P 0.957 → 0.913: the harmed-officers rule gives the force
		// of officers counted among the harmed (README, settled in round 39) where these
		// hashed labels, written before the convention, leave it out (the hashed 54 against).
		// round 40 (speakers40): actor P 0.913 → 0.889: members counted (held,
		// harmed) name their force (README, round 39), where these hashed labels
		// leave it out: rzm-15 ("12 policías permanecían retenidos").
		tuningSet{"tuning-2026-12zm-exblind", []string{"tuning-2026-12zm-exblind/a-wire.txt", "tuning-2026-12zm-exblind/b-regional.txt", "tuning-2026-12zm-exblind/c-ngo.txt", "tuning-2026-12zm-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.980, "count.place": 0.919, "count.date": 0.919, "count.q": 1.000, "count.of": 0.987, "date P": 0.974, "date R": 0.974, "place P": 0.973, "place R": 0.962, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.889, "actor R": 0.907, "actor.type": 1.000, "weapon P": 0.962, "weapon R": 0.893, "wound P": 1.000, "wound R": 1.000}},
		// round 39 (officers39): actor P 0.969 → 0.908: the harmed-officers rule gives the force
		// of officers counted among the harmed (README, settled in round 39) where these
		// hashed labels, written before the convention, leave it out (the hashed 54 against).
		// round 40 (dateclaims40b): date R 1.000 → 0.989: nzn-11's "la Asociación
		// de Mártires y Víctimas del 9 de Enero" names a group, no date (namesGroup);
		// the label's publication day for "A un año de la masacre" (against round
		// 33) was only matched through that name.
		// round 40 (speakers40): actor P 0.908 → 0.878: members counted (held,
		// harmed) name their force (README, round 39), where these hashed labels
		// leave it out: mzn-16 (MT "were retained 47 military") and wzn-02 ("including nine police officers" among the injured).
		tuningSet{"tuning-2026-12zn-exblind", []string{"tuning-2026-12zn-exblind/a-wire.txt", "tuning-2026-12zn-exblind/b-regional.txt", "tuning-2026-12zn-exblind/c-ngo.txt", "tuning-2026-12zn-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.962, "count R": 0.944, "count.place": 0.974, "count.date": 0.908, "count.q": 1.000, "count.of": 0.948, "date P": 1.000, "date R": 0.989, "place P": 0.994, "place R": 0.964, "quotation P": 0.950, "quotation R": 0.950, "quotation.text": 1.000, "actor P": 0.878, "actor R": 0.896, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zo-exblind", []string{"tuning-2026-12zo-exblind/a-wire.txt", "tuning-2026-12zo-exblind/b-regional.txt", "tuning-2026-12zo-exblind/c-ngo.txt", "tuning-2026-12zo-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.950, "count.place": 0.955, "count.date": 0.947, "count.q": 1.000, "count.of": 0.985, "date P": 0.938, "date R": 0.962, "place P": 1.000, "place R": 0.977, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.965, "actor R": 0.912, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.952, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zp-exblind", []string{"tuning-2026-12zp-exblind/a-wire.txt", "tuning-2026-12zp-exblind/b-regional.txt", "tuning-2026-12zp-exblind/c-ngo.txt", "tuning-2026-12zp-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.982, "count R": 0.965, "count.place": 0.921, "count.date": 0.915, "count.q": 0.994, "count.of": 0.994, "date P": 1.000, "date R": 1.000, "place P": 0.982, "place R": 0.971, "quotation P": 0.957, "quotation R": 0.917, "quotation.text": 1.000, "actor P": 0.953, "actor R": 0.903, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.900, "wound P": 1.000, "wound R": 0.958}},
		// round 41 (wound41): weapon P 0.963 -> 0.897: nzq-03, wzq-03 gain `live
		// ammunition` from a gunshot wound with no weapon word (README, settled in round
		// 41: a gunshot wound gives `live ammunition`); their hashed labels read no weapon
		// and are left as they are.
		tuningSet{"tuning-2026-12zq-exblind", []string{"tuning-2026-12zq-exblind/a-wire.txt", "tuning-2026-12zq-exblind/b-regional.txt", "tuning-2026-12zq-exblind/c-ngo.txt", "tuning-2026-12zq-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.983, "count R": 0.919, "count.place": 0.930, "count.date": 0.959, "count.q": 1.000, "count.of": 0.936, "date P": 0.989, "date R": 0.961, "place P": 0.989, "place R": 0.973, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.991, "actor R": 0.923, "actor.type": 1.000, "weapon P": 0.897, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// 12zr: count.place floor raised in round 33 (place33): a zone named
		// before its town ("the Kennedy district of southwest Bogota").
		// round 39 (officers39): actor P 0.920 → 0.894: the harmed-officers rule gives the force
		// of officers counted among the harmed (README, settled in round 39) where these
		// hashed labels, written before the convention, leave it out (the hashed 54 against).
		tuningSet{"tuning-2026-12zr-exblind", []string{"tuning-2026-12zr-exblind/a-wire.txt", "tuning-2026-12zr-exblind/b-regional.txt", "tuning-2026-12zr-exblind/c-ngo.txt", "tuning-2026-12zr-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.959, "count R": 0.921, "count.place": 0.880, "count.date": 0.870, "count.q": 1.000, "count.of": 0.974, "date P": 1.000, "date R": 1.000, "place P": 0.909, "place R": 0.922, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.918, "actor R": 0.927, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.500, "wound P": 0.929, "wound R": 0.867}},
		// 12zs: count.place and place floors raised in round 33 (place33):
		// Montero beside Santa Cruz, Florida under GUAYAQUIL, "in the zone".
		// round 41 (wound41): weapon P 1.000 -> 0.964: wzs-05 gains `live ammunition` from
		// a gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		// round 48 (origins48): count.place 0.874 -> 0.867: rzs-09's "Del total, 41
		// recibieron prisión preventiva" now takes the place of the whole the
		// extractor links it to (160 in Guayaquil, where the label's whole is
		// 212 in Guayas: an of= miss). Floor left; within the margin.
		tuningSet{"tuning-2026-12zs-exblind", []string{"tuning-2026-12zs-exblind/a-wire.txt", "tuning-2026-12zs-exblind/b-regional.txt", "tuning-2026-12zs-exblind/c-ngo.txt", "tuning-2026-12zs-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.993, "count R": 0.960, "count.place": 0.874, "count.date": 0.915, "count.q": 1.000, "count.of": 0.950, "date P": 1.000, "date R": 1.000, "place P": 0.987, "place R": 0.968, "quotation P": 0.947, "quotation R": 0.947, "quotation.text": 1.000, "actor P": 0.935, "actor R": 0.894, "actor.type": 1.000, "weapon P": 0.964, "weapon R": 0.964, "wound P": 1.000, "wound R": 1.000}},
		// actor P 0.953 → 0.933 in round 38 (speakers38): soldiers acting in a
		// story from Peru are the Ejército del Perú, as 65 paragraphs label
		// them (most hashed) against 23 that leave them out or name the
		// Fuerzas Armadas; this set is among the 23 (label disagreement).
		// round 39 (officers39): actor P 0.933 → 0.912: the harmed-officers rule gives the force
		// of officers counted among the harmed (README, settled in round 39) where these
		// hashed labels, written before the convention, leave it out (the hashed 54 against).
		// round 40 (dateclaims40b): date R 0.958 → 0.948: nzt-13, as nzn-11 above
		// (its publication day for "A un año de la masacre", against round 33, was
		// only matched through the group's name "… del 9 de Enero").
		tuningSet{"tuning-2026-12zt-exblind", []string{"tuning-2026-12zt-exblind/a-wire.txt", "tuning-2026-12zt-exblind/b-regional.txt", "tuning-2026-12zt-exblind/c-ngo.txt", "tuning-2026-12zt-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.994, "count R": 0.957, "count.place": 0.955, "count.date": 0.922, "count.q": 1.000, "count.of": 0.948, "date P": 0.989, "date R": 0.948, "place P": 0.982, "place R": 0.976, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.912, "actor R": 0.910, "actor.type": 1.000, "weapon P": 0.941, "weapon R": 0.941, "wound P": 0.938, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zu-exblind", []string{"tuning-2026-12zu-exblind/a-wire.txt", "tuning-2026-12zu-exblind/b-regional.txt", "tuning-2026-12zu-exblind/c-ngo.txt", "tuning-2026-12zu-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.979, "count R": 0.935, "count.place": 0.944, "count.date": 0.944, "count.q": 1.000, "count.of": 0.943, "date P": 1.000, "date R": 1.000, "place P": 0.979, "place R": 0.941, "quotation P": 0.933, "quotation R": 0.933, "quotation.text": 1.000, "actor P": 0.969, "actor R": 0.904, "actor.type": 1.000, "weapon P": 0.889, "weapon R": 0.842, "wound P": 1.000, "wound R": 0.941}},
		tuningSet{"tuning-2026-12zv-exblind", []string{"tuning-2026-12zv-exblind/a-wire.txt", "tuning-2026-12zv-exblind/b-regional.txt", "tuning-2026-12zv-exblind/c-ngo.txt", "tuning-2026-12zv-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.948, "count.place": 0.933, "count.date": 0.957, "count.q": 1.000, "count.of": 0.994, "date P": 1.000, "date R": 1.000, "place P": 0.994, "place R": 0.976, "quotation P": 0.833, "quotation R": 0.833, "quotation.text": 1.000, "actor P": 0.941, "actor R": 0.889, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// 12zw's count.place 0.886 → 0.882 in round 38 (counts38): rzw-08's "seguían
		// internados 12" is now found, of the 47 taken to Cochabamba, with the
		// city's place where the label keeps Sacaba (the place helper's).
		tuningSet{"tuning-2026-12zw-exblind", []string{"tuning-2026-12zw-exblind/a-wire.txt", "tuning-2026-12zw-exblind/b-regional.txt", "tuning-2026-12zw-exblind/c-ngo.txt", "tuning-2026-12zw-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.983, "count R": 0.934, "count.place": 0.935, "count.date": 0.918, "count.q": 1.000, "count.of": 0.976, "date P": 1.000, "date R": 1.000, "place P": 0.983, "place R": 0.983, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.977, "actor R": 0.859, "actor.type": 1.000, "weapon P": 0.974, "weapon R": 0.949, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zx-exblind", []string{"tuning-2026-12zx-exblind/a-wire.txt", "tuning-2026-12zx-exblind/b-regional.txt", "tuning-2026-12zx-exblind/c-ngo.txt", "tuning-2026-12zx-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.988, "count R": 0.927, "count.place": 0.934, "count.date": 0.867, "count.q": 1.000, "count.of": 0.940, "date P": 0.970, "date R": 0.970, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.985, "actor R": 0.929, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.923, "wound P": 1.000, "wound R": 0.917}},
		// 12zy's count.of 0.946 → 0.931 in round 38 (counts38): later items of a
		// list of parts of cases ("entre ellos 37 homicidios, 963 detenciones
		// arbitrarias y 28 víctimas") keep the cases whole, as 12 paragraphs of
		// other sets label them; nzy-12 (hashed) gives them no whole.
		tuningSet{"tuning-2026-12zy-exblind", []string{"tuning-2026-12zy-exblind/a-wire.txt", "tuning-2026-12zy-exblind/b-regional.txt", "tuning-2026-12zy-exblind/c-ngo.txt", "tuning-2026-12zy-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.958, "count R": 0.939, "count.place": 0.949, "count.date": 0.969, "count.q": 1.000, "count.of": 0.942, "date P": 1.000, "date R": 1.000, "place P": 0.971, "place R": 0.964, "quotation P": 1.000, "quotation R": 0.941, "quotation.text": 1.000, "actor P": 0.964, "actor R": 0.855, "actor.type": 1.000, "weapon P": 0.875, "weapon R": 0.848, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zz-exblind", []string{"tuning-2026-12zz-exblind/a-wire.txt", "tuning-2026-12zz-exblind/b-regional.txt", "tuning-2026-12zz-exblind/c-ngo.txt", "tuning-2026-12zz-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.988, "count R": 0.988, "count.place": 0.973, "count.date": 1.000, "count.q": 1.000, "count.of": 0.994, "date P": 1.000, "date R": 1.000, "place P": 0.993, "place R": 0.993, "quotation P": 0.967, "quotation R": 0.967, "quotation.text": 1.000, "actor P": 0.966, "actor R": 0.946, "actor.type": 1.000, "weapon P": 0.957, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// 12zza's count.date 0.967 → 0.952 in round 38 (counts38): nzza-13's
		// 1,730 and 5 complaints are now found as cases, without the span the
		// label gives them (the count-date helper's).
		// round 41 (wound41): weapon P 0.963 -> 0.929: wzza-05 gains `live ammunition` from
		// a gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		tuningSet{"tuning-2026-12zza-exblind", []string{"tuning-2026-12zza-exblind/a-wire.txt", "tuning-2026-12zza-exblind/b-regional.txt", "tuning-2026-12zza-exblind/c-ngo.txt", "tuning-2026-12zza-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.992, "count R": 0.962, "count.place": 1.000, "count.date": 0.952, "count.q": 1.000, "count.of": 0.984, "date P": 0.989, "date R": 1.000, "place P": 0.985, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.985, "actor R": 0.937, "actor.type": 1.000, "weapon P": 0.929, "weapon R": 1.000, "wound P": 0.944, "wound R": 0.944}},
		tuningSet{"tuning-2026-12zzb-exblind", []string{"tuning-2026-12zzb-exblind/a-wire.txt", "tuning-2026-12zzb-exblind/b-regional.txt", "tuning-2026-12zzb-exblind/c-ngo.txt", "tuning-2026-12zzb-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.993, "count.place": 0.993, "count.date": 0.987, "count.q": 1.000, "count.of": 0.980, "date P": 1.000, "date R": 1.000, "place P": 0.993, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.975, "actor R": 0.937, "actor.type": 1.000, "weapon P": 0.917, "weapon R": 0.971, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzc-exblind", []string{"tuning-2026-12zzc-exblind/a-wire.txt", "tuning-2026-12zzc-exblind/b-regional.txt", "tuning-2026-12zzc-exblind/c-ngo.txt", "tuning-2026-12zzc-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.985, "count R": 0.978, "count.place": 0.977, "count.date": 0.992, "count.q": 1.000, "count.of": 1.000, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.974, "actor R": 0.934, "actor.type": 1.000, "weapon P": 0.970, "weapon R": 0.865, "wound P": 0.972, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzd-exblind", []string{"tuning-2026-12zzd-exblind/a-wire.txt", "tuning-2026-12zzd-exblind/b-regional.txt", "tuning-2026-12zzd-exblind/c-ngo.txt", "tuning-2026-12zzd-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.977, "count R": 0.949, "count.place": 0.994, "count.date": 0.958, "count.q": 1.000, "count.of": 0.976, "date P": 1.000, "date R": 0.990, "place P": 1.000, "place R": 0.994, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.985, "actor R": 0.931, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 0.958, "wound R": 1.000, "discharge P": 1.000, "discharge R": 1.000}},
		// 12zze's count.date 0.933 → 0.925 in round 38 (counts38): counts now
		// found take no or another date than the label (wzze-10's "six of the
		// 10" lacks the day; nzze-06's "Of the 10, at least six" takes it
		// where the label, as "Of them", gives none) — the count-date helper's.
		tuningSet{"tuning-2026-12zze-exblind", []string{"tuning-2026-12zze-exblind/a-wire.txt", "tuning-2026-12zze-exblind/b-regional.txt", "tuning-2026-12zze-exblind/c-ngo.txt", "tuning-2026-12zze-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.989, "count R": 0.967, "count.place": 0.955, "count.date": 0.972, "count.q": 1.000, "count.of": 0.977, "date P": 0.989, "date R": 0.978, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 0.979, "actor.type": 1.000, "weapon P": 0.923, "weapon R": 0.774, "wound P": 1.000, "wound R": 1.000}},
		// 12zzf's place R lowered in round 41 (0.994 → 0.987): mzzf-09's MT
		// "the Secretary of Government of the Cauca" lost its Cauca when "of
		// the" after a body's name became the body's (mzzn-03, mzzo-13, r33b-01,
		// r34b-07, mzu-11, mzw-05, mzzg-09 right); "the Secretary of Health of
		// the Cauca" (mzzg-09) is the body, so the words cannot tell them apart.
		tuningSet{"tuning-2026-12zzf-exblind", []string{"tuning-2026-12zzf-exblind/a-wire.txt", "tuning-2026-12zzf-exblind/b-regional.txt", "tuning-2026-12zzf-exblind/c-ngo.txt", "tuning-2026-12zzf-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.987, "count R": 0.961, "count.place": 0.933, "count.date": 0.966, "count.q": 1.000, "count.of": 0.993, "date P": 1.000, "date R": 1.000, "place P": 0.975, "place R": 0.987, "quotation P": 0.950, "quotation R": 0.950, "quotation.text": 1.000, "actor P": 0.951, "actor R": 0.932, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.871, "wound P": 0.900, "wound R": 0.900}},
		// 12zzf's and 12zzg's count.date (0.937 → 0.931, 0.938 → 0.932) and
		// 12zzg's count.place (0.855 → 0.845) fell within the margin in round
		// 39 (counts39) as counts now found (mzzf-01's and wzzf-14's bodies,
		// mzzg-02's moved and hospitalised parts) take another date or place
		// than the label (the dated search, the transfer's destination): the
		// count-date and place helpers'. Floors kept.
		tuningSet{"tuning-2026-12zzg-exblind", []string{"tuning-2026-12zzg-exblind/a-wire.txt", "tuning-2026-12zzg-exblind/b-regional.txt", "tuning-2026-12zzg-exblind/c-ngo.txt", "tuning-2026-12zzg-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.980, "count R": 0.937, "count.place": 0.933, "count.date": 0.979, "count.q": 1.000, "count.of": 0.993, "date P": 1.000, "date R": 1.000, "place P": 0.993, "place R": 0.993, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.992, "actor R": 0.934, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.808, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzh-exblind", []string{"tuning-2026-12zzh-exblind/a-wire.txt", "tuning-2026-12zzh-exblind/b-regional.txt", "tuning-2026-12zzh-exblind/c-ngo.txt", "tuning-2026-12zzh-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 1.000, "count R": 0.968, "count.place": 0.986, "count.date": 0.986, "count.q": 1.000, "count.of": 0.993, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.992, "actor R": 0.950, "actor.type": 1.000, "weapon P": 0.967, "weapon R": 0.906, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzi-exblind", []string{"tuning-2026-12zzi-exblind/a-wire.txt", "tuning-2026-12zzi-exblind/b-regional.txt", "tuning-2026-12zzi-exblind/c-ngo.txt", "tuning-2026-12zzi-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.993, "count R": 0.955, "count.place": 0.973, "count.date": 0.952, "count.q": 1.000, "count.of": 0.986, "date P": 1.000, "date R": 1.000, "place P": 0.987, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 0.971, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.750, "wound P": 0.947, "wound R": 0.947}},
		// weapon P/R 1.000 → 0.958 in round 41 (speakers41): the baton is
		// named "batons", as 22 weapon labels name it against 10; wzzj-16
		// (hashed) labels "baton".
		tuningSet{"tuning-2026-12zzj-exblind", []string{"tuning-2026-12zzj-exblind/a-wire.txt", "tuning-2026-12zzj-exblind/b-regional.txt", "tuning-2026-12zzj-exblind/c-ngo.txt", "tuning-2026-12zzj-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.994, "count R": 0.987, "count.place": 0.955, "count.date": 0.974, "count.q": 1.000, "count.of": 0.981, "date P": 1.000, "date R": 1.000, "place P": 0.988, "place R": 1.000, "quotation P": 0.913, "quotation R": 0.875, "quotation.text": 1.000, "actor P": 1.000, "actor R": 0.965, "actor.type": 1.000, "weapon P": 0.958, "weapon R": 0.958, "wound P": 1.000, "wound R": 1.000}},
		// round 41 (wound41): weapon P 1.000 -> 0.960: nzzk-01 gains `live ammunition` from
		// a gunshot wound with no weapon word (README, settled in round 41: a gunshot wound
		// gives `live ammunition`); its hashed label reads no weapon and is left as it is.
		tuningSet{"tuning-2026-12zzk-exblind", []string{"tuning-2026-12zzk-exblind/a-wire.txt", "tuning-2026-12zzk-exblind/b-regional.txt", "tuning-2026-12zzk-exblind/c-ngo.txt", "tuning-2026-12zzk-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.981, "count R": 0.981, "count.place": 0.981, "count.date": 0.937, "count.q": 1.000, "count.of": 0.956, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.983, "actor R": 0.975, "actor.type": 1.000, "weapon P": 0.960, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzl-exblind", []string{"tuning-2026-12zzl-exblind/a-wire.txt", "tuning-2026-12zzl-exblind/b-regional.txt", "tuning-2026-12zzl-exblind/c-ngo.txt", "tuning-2026-12zzl-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.961, "count R": 0.943, "count.place": 0.960, "count.date": 0.948, "count.q": 1.000, "count.of": 1.000, "date P": 0.889, "date R": 1.000, "place P": 0.964, "place R": 0.991, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.884, "actor R": 0.905, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.810, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzm-exblind", []string{"tuning-2026-12zzm-exblind/a-wire.txt", "tuning-2026-12zzm-exblind/b-regional.txt", "tuning-2026-12zzm-exblind/c-ngo.txt", "tuning-2026-12zzm-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.968, "count R": 0.937, "count.place": 0.983, "count.date": 0.950, "count.q": 1.000, "count.of": 0.939, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.994, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.953, "actor R": 0.928, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.884, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzn-exblind", []string{"tuning-2026-12zzn-exblind/a-wire.txt", "tuning-2026-12zzn-exblind/b-regional.txt", "tuning-2026-12zzn-exblind/c-ngo.txt", "tuning-2026-12zzn-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.960, "count R": 0.914, "count.place": 0.974, "count.date": 0.943, "count.q": 1.000, "count.of": 0.969, "date P": 0.991, "date R": 0.982, "place P": 1.000, "place R": 0.994, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.965, "actor R": 0.902, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 0.964, "wound R": 0.931}},
		tuningSet{"tuning-2026-12zzo-exblind", []string{"tuning-2026-12zzo-exblind/a-wire.txt", "tuning-2026-12zzo-exblind/b-regional.txt", "tuning-2026-12zzo-exblind/c-ngo.txt", "tuning-2026-12zzo-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.995, "count R": 0.945, "count.place": 0.947, "count.date": 0.973, "count.q": 1.000, "count.of": 0.995, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.987, "quotation P": 1.000, "quotation R": 0.947, "quotation.text": 1.000, "actor P": 0.963, "actor R": 0.929, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.778, "wound P": 0.950, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzp-exblind", []string{"tuning-2026-12zzp-exblind/a-wire.txt", "tuning-2026-12zzp-exblind/b-regional.txt", "tuning-2026-12zzp-exblind/c-ngo.txt", "tuning-2026-12zzp-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.965, "count R": 0.902, "count.place": 0.907, "count.date": 0.948, "count.q": 1.000, "count.of": 0.984, "date P": 1.000, "date R": 0.991, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.888, "actor R": 0.833, "actor.type": 1.000, "weapon P": 0.977, "weapon R": 0.843, "wound P": 0.960, "wound R": 0.960}},
		tuningSet{"tuning-2026-12zzq-exblind", []string{"tuning-2026-12zzq-exblind/a-wire.txt", "tuning-2026-12zzq-exblind/b-regional.txt", "tuning-2026-12zzq-exblind/c-ngo.txt", "tuning-2026-12zzq-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.963, "count R": 0.948, "count.place": 0.951, "count.date": 0.918, "count.q": 1.000, "count.of": 0.978, "date P": 0.982, "date R": 0.991, "place P": 1.000, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.938, "actor R": 0.923, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.824, "wound P": 1.000, "wound R": 0.960}},
		tuningSet{"tuning-2026-12zzr-exblind", []string{"tuning-2026-12zzr-exblind/a-wire.txt", "tuning-2026-12zzr-exblind/b-regional.txt", "tuning-2026-12zzr-exblind/c-ngo.txt", "tuning-2026-12zzr-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.994, "count R": 0.962, "count.place": 0.949, "count.date": 0.966, "count.q": 1.000, "count.of": 0.977, "date P": 1.000, "date R": 0.991, "place P": 1.000, "place R": 1.000, "quotation P": 0.909, "quotation R": 0.909, "quotation.text": 1.000, "actor P": 0.992, "actor R": 0.905, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.939, "wound P": 0.957, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzs-exblind", []string{"tuning-2026-12zzs-exblind/a-wire.txt", "tuning-2026-12zzs-exblind/b-regional.txt", "tuning-2026-12zzs-exblind/c-ngo.txt", "tuning-2026-12zzs-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.964, "count R": 0.887, "count.place": 0.948, "count.date": 0.906, "count.q": 1.000, "count.of": 0.925, "date P": 0.982, "date R": 0.991, "place P": 1.000, "place R": 1.000, "quotation P": 0.857, "quotation R": 0.857, "quotation.text": 1.000, "actor P": 0.985, "actor R": 0.936, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.914, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzt-exblind", []string{"tuning-2026-12zzt-exblind/a-wire.txt", "tuning-2026-12zzt-exblind/b-regional.txt", "tuning-2026-12zzt-exblind/c-ngo.txt", "tuning-2026-12zzt-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.961, "count R": 0.920, "count.place": 0.980, "count.date": 0.899, "count.q": 1.000, "count.of": 0.966, "date P": 0.991, "date R": 0.966, "place P": 1.000, "place R": 0.993, "quotation P": 0.907, "quotation R": 0.891, "quotation.text": 1.000, "actor P": 0.986, "actor R": 0.940, "actor.type": 1.000, "weapon P": 0.980, "weapon R": 0.831, "wound P": 0.976, "wound R": 0.953}},
		tuningSet{"tuning-2026-12zzu-exblind", []string{"tuning-2026-12zzu-exblind/a-wire.txt", "tuning-2026-12zzu-exblind/b-regional.txt", "tuning-2026-12zzu-exblind/c-ngo.txt", "tuning-2026-12zzu-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.944, "count R": 0.908, "count.place": 0.946, "count.date": 0.929, "count.q": 1.000, "count.of": 0.952, "date P": 0.991, "date R": 0.981, "place P": 1.000, "place R": 1.000, "quotation P": 0.812, "quotation R": 0.722, "quotation.text": 1.000, "actor P": 0.911, "actor R": 0.774, "actor.type": 1.000, "weapon P": 0.905, "weapon R": 0.844, "wound P": 1.000, "wound R": 0.900, "discharge P": 1.000, "discharge R": 0.750}},
		tuningSet{"tuning-2026-12zzv-exblind", []string{"tuning-2026-12zzv-exblind/a-wire.txt", "tuning-2026-12zzv-exblind/b-regional.txt", "tuning-2026-12zzv-exblind/c-ngo.txt", "tuning-2026-12zzv-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.974, "count R": 0.916, "count.place": 0.962, "count.date": 0.919, "count.q": 1.000, "count.of": 0.946, "date P": 0.992, "date R": 1.000, "place P": 1.000, "place R": 0.987, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.947, "actor R": 0.906, "actor.type": 1.000, "weapon P": 0.974, "weapon R": 0.950, "wound P": 0.913, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzw-exblind", []string{"tuning-2026-12zzw-exblind/a-wire.txt", "tuning-2026-12zzw-exblind/b-regional.txt", "tuning-2026-12zzw-exblind/c-ngo.txt", "tuning-2026-12zzw-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.983, "count R": 0.923, "count.place": 0.987, "count.date": 0.956, "count.q": 1.000, "count.of": 0.952, "date P": 1.000, "date R": 1.000, "place P": 0.990, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 0.978, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 0.963, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzx-exblind", []string{"tuning-2026-12zzx-exblind/a-wire.txt", "tuning-2026-12zzx-exblind/b-regional.txt", "tuning-2026-12zzx-exblind/c-ngo.txt", "tuning-2026-12zzx-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.967, "count R": 0.917, "count.place": 0.903, "count.date": 0.949, "count.q": 1.000, "count.of": 0.977, "date P": 1.000, "date R": 0.991, "place P": 0.988, "place R": 0.988, "quotation P": 0.895, "quotation R": 0.850, "quotation.text": 1.000, "actor P": 0.950, "actor R": 0.874, "actor.type": 1.000, "weapon P": 0.905, "weapon R": 0.927, "wound P": 1.000, "wound R": 1.000, "discharge P": 1.000, "discharge R": 1.000}},
		tuningSet{"tuning-2026-12zzy-exblind", []string{"tuning-2026-12zzy-exblind/a-wire.txt", "tuning-2026-12zzy-exblind/b-regional.txt", "tuning-2026-12zzy-exblind/c-ngo.txt", "tuning-2026-12zzy-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.983, "count R": 0.929, "count.place": 0.924, "count.date": 0.941, "count.q": 1.000, "count.of": 0.982, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.994, "quotation P": 0.944, "quotation R": 0.944, "quotation.text": 1.000, "actor P": 0.947, "actor R": 0.883, "actor.type": 1.000, "weapon P": 0.959, "weapon R": 0.979, "wound P": 1.000, "wound R": 0.971}},
		tuningSet{"tuning-2026-12zzz-exblind", []string{"tuning-2026-12zzz-exblind/a-wire.txt", "tuning-2026-12zzz-exblind/b-regional.txt", "tuning-2026-12zzz-exblind/c-ngo.txt", "tuning-2026-12zzz-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.968, "count R": 0.929, "count.place": 0.940, "count.date": 0.902, "count.q": 1.000, "count.of": 0.897, "date P": 1.000, "date R": 0.992, "place P": 0.994, "place R": 0.994, "quotation P": 0.938, "quotation R": 0.938, "quotation.text": 1.000, "actor P": 0.993, "actor R": 0.894, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzza-exblind", []string{"tuning-2026-12zzza-exblind/a-wire.txt", "tuning-2026-12zzza-exblind/b-regional.txt", "tuning-2026-12zzza-exblind/c-ngo.txt", "tuning-2026-12zzza-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.979, "count R": 0.943, "count.place": 0.891, "count.date": 0.962, "count.q": 1.000, "count.of": 0.973, "date P": 1.000, "date R": 1.000, "place P": 0.995, "place R": 0.989, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.993, "actor R": 0.940, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.972, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzb-exblind", []string{"tuning-2026-12zzzb-exblind/a-wire.txt", "tuning-2026-12zzzb-exblind/b-regional.txt", "tuning-2026-12zzzb-exblind/c-ngo.txt", "tuning-2026-12zzzb-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.980, "count R": 0.942, "count.place": 0.930, "count.date": 0.959, "count.q": 1.000, "count.of": 0.938, "date P": 1.000, "date R": 0.993, "place P": 0.996, "place R": 0.989, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.986, "actor R": 0.927, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 0.905, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzc-exblind", []string{"tuning-2026-12zzzc-exblind/a-wire.txt", "tuning-2026-12zzzc-exblind/b-regional.txt", "tuning-2026-12zzzc-exblind/c-ngo.txt", "tuning-2026-12zzzc-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.977, "count R": 0.951, "count.place": 0.972, "count.date": 0.882, "count.q": 1.000, "count.of": 0.972, "date P": 0.981, "date R": 0.974, "place P": 0.993, "place R": 0.993, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.968, "actor R": 0.950, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.968, "wound P": 0.923, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzd-exblind", []string{"tuning-2026-12zzzd-exblind/a-wire.txt", "tuning-2026-12zzzd-exblind/b-regional.txt", "tuning-2026-12zzzd-exblind/c-ngo.txt", "tuning-2026-12zzzd-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.989, "count R": 0.917, "count.place": 0.951, "count.date": 0.974, "count.q": 0.996, "count.of": 0.940, "date P": 1.000, "date R": 1.000, "place P": 0.994, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 1.000, "actor R": 0.920, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		// count.place 0.876 → 0.871 in round 44 (place44): reading Senkata in
		// "Vecinos de Senkata denunciaron" (rzzze-09, two place misses fixed)
		// gives its "14 personas detenidas ese día" El Alto, the count reading the
		// residents' zone as where they come from (countplace.go's).
		tuningSet{"tuning-2026-12zzze-exblind", []string{"tuning-2026-12zzze-exblind/a-wire.txt", "tuning-2026-12zzze-exblind/b-regional.txt", "tuning-2026-12zzze-exblind/c-ngo.txt", "tuning-2026-12zzze-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.957, "count R": 0.927, "count.place": 0.871, "count.date": 0.901, "count.q": 0.995, "count.of": 0.970, "date P": 1.000, "date R": 1.000, "place P": 0.988, "place R": 0.988, "quotation P": 0.900, "quotation R": 0.900, "quotation.text": 1.000, "actor P": 0.948, "actor R": 0.853, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.892, "wound P": 1.000, "wound R": 0.970}},
		tuningSet{"tuning-2026-12zzzf-exblind", []string{"tuning-2026-12zzzf-exblind/a-wire.txt", "tuning-2026-12zzzf-exblind/b-regional.txt", "tuning-2026-12zzzf-exblind/c-ngo.txt", "tuning-2026-12zzzf-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.974, "count R": 0.911, "count.place": 0.934, "count.date": 0.925, "count.q": 1.000, "count.of": 0.956, "date P": 1.000, "date R": 0.992, "place P": 0.990, "place R": 0.985, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.986, "actor R": 0.928, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.960}},
		tuningSet{"tuning-2026-12zzzg-exblind", []string{"tuning-2026-12zzzg-exblind/a-wire.txt", "tuning-2026-12zzzg-exblind/b-regional.txt", "tuning-2026-12zzzg-exblind/c-ngo.txt", "tuning-2026-12zzzg-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.976, "count R": 0.946, "count.place": 0.893, "count.date": 0.926, "count.q": 0.996, "count.of": 0.980, "date P": 0.993, "date R": 0.993, "place P": 0.988, "place R": 0.988, "quotation P": 0.789, "quotation R": 0.750, "quotation.text": 1.000, "actor P": 0.961, "actor R": 0.890, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.963}},
		tuningSet{"tuning-2026-12zzzh-exblind", []string{"tuning-2026-12zzzh-exblind/a-wire.txt", "tuning-2026-12zzzh-exblind/b-regional.txt", "tuning-2026-12zzzh-exblind/c-ngo.txt", "tuning-2026-12zzzh-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.980, "count R": 0.929, "count.place": 0.933, "count.date": 0.906, "count.q": 1.000, "count.of": 0.946, "date P": 0.987, "date R": 0.993, "place P": 0.993, "place R": 0.993, "quotation P": 0.880, "quotation R": 0.880, "quotation.text": 1.000, "actor P": 0.971, "actor R": 0.951, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.960, "wound P": 1.000, "wound R": 0.875}},
		tuningSet{"tuning-2026-12zzzi-exblind", []string{"tuning-2026-12zzzi-exblind/a-wire.txt", "tuning-2026-12zzzi-exblind/b-regional.txt", "tuning-2026-12zzzi-exblind/c-ngo.txt", "tuning-2026-12zzzi-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.977, "count R": 0.935, "count.place": 0.927, "count.date": 0.880, "count.q": 1.000, "count.of": 0.961, "date P": 0.987, "date R": 0.981, "place P": 0.980, "place R": 0.993, "quotation P": 0.909, "quotation R": 0.952, "quotation.text": 1.000, "actor P": 0.962, "actor R": 0.888, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.960}},
		tuningSet{"tuning-2026-12zzzj-exblind", []string{"tuning-2026-12zzzj-exblind/a-wire.txt", "tuning-2026-12zzzj-exblind/b-regional.txt", "tuning-2026-12zzzj-exblind/c-ngo.txt", "tuning-2026-12zzzj-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.976, "count R": 0.943, "count.place": 0.955, "count.date": 0.950, "count.q": 1.000, "count.of": 0.965, "date P": 1.000, "date R": 0.985, "place P": 0.989, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.994, "actor R": 0.949, "actor.type": 1.000, "weapon P": 0.981, "weapon R": 1.000, "wound P": 0.974, "wound R": 0.949}},
		tuningSet{"tuning-2026-12zzzk-exblind", []string{"tuning-2026-12zzzk-exblind/a-wire.txt", "tuning-2026-12zzzk-exblind/b-regional.txt", "tuning-2026-12zzzk-exblind/c-ngo.txt", "tuning-2026-12zzzk-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.966, "count R": 0.939, "count.place": 0.930, "count.date": 0.950, "count.q": 1.000, "count.of": 0.950, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.987, "quotation P": 0.969, "quotation R": 0.969, "quotation.text": 1.000, "actor P": 0.967, "actor R": 0.918, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.971, "wound P": 1.000, "wound R": 0.923}},
		tuningSet{"tuning-2026-12zzzl-exblind", []string{"tuning-2026-12zzzl-exblind/a-wire.txt", "tuning-2026-12zzzl-exblind/b-regional.txt", "tuning-2026-12zzzl-exblind/c-ngo.txt", "tuning-2026-12zzzl-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.970, "count R": 0.911, "count.place": 0.944, "count.date": 0.954, "count.q": 1.000, "count.of": 0.969, "date P": 0.992, "date R": 0.992, "place P": 0.994, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.994, "actor R": 0.947, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzm-exblind", []string{"tuning-2026-12zzzm-exblind/a-wire.txt", "tuning-2026-12zzzm-exblind/b-regional.txt", "tuning-2026-12zzzm-exblind/c-ngo.txt", "tuning-2026-12zzzm-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.960, "count R": 0.924, "count.place": 0.899, "count.date": 0.890, "count.q": 1.000, "count.of": 0.972, "date P": 1.000, "date R": 0.993, "place P": 0.995, "place R": 0.984, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.994, "actor R": 0.972, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzn-exblind", []string{"tuning-2026-12zzzn-exblind/a-wire.txt", "tuning-2026-12zzzn-exblind/b-regional.txt", "tuning-2026-12zzzn-exblind/c-ngo.txt", "tuning-2026-12zzzn-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.976, "count R": 0.957, "count.place": 0.955, "count.date": 0.927, "count.q": 1.000, "count.of": 0.984, "date P": 0.993, "date R": 0.993, "place P": 1.000, "place R": 0.988, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.951, "actor R": 0.852, "actor.type": 1.000, "weapon P": 0.969, "weapon R": 0.969, "wound P": 0.969, "wound R": 0.939}},
		tuningSet{"tuning-2026-12zzzo-exblind", []string{"tuning-2026-12zzzo-exblind/a-wire.txt", "tuning-2026-12zzzo-exblind/b-regional.txt", "tuning-2026-12zzzo-exblind/c-ngo.txt", "tuning-2026-12zzzo-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.967, "count R": 0.932, "count.place": 0.915, "count.date": 0.927, "count.q": 1.000, "count.of": 0.980, "date P": 0.951, "date R": 0.980, "place P": 1.000, "place R": 0.987, "quotation P": 0.857, "quotation R": 0.857, "quotation.text": 1.000, "actor P": 0.954, "actor R": 0.941, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 0.968, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzp-exblind", []string{"tuning-2026-12zzzp-exblind/a-wire.txt", "tuning-2026-12zzzp-exblind/b-regional.txt", "tuning-2026-12zzzp-exblind/c-ngo.txt", "tuning-2026-12zzzp-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.986, "count R": 0.939, "count.place": 0.914, "count.date": 0.942, "count.q": 1.000, "count.of": 0.993, "date P": 1.000, "date R": 1.000, "place P": 0.993, "place R": 0.993, "quotation P": 0.941, "quotation R": 0.941, "quotation.text": 1.000, "actor P": 0.953, "actor R": 0.896, "actor.type": 1.000, "weapon P": 0.900, "weapon R": 0.964, "wound P": 1.000, "wound R": 0.867}},
		tuningSet{"tuning-2026-12zzzq-exblind", []string{"tuning-2026-12zzzq-exblind/a-wire.txt", "tuning-2026-12zzzq-exblind/b-regional.txt", "tuning-2026-12zzzq-exblind/c-ngo.txt", "tuning-2026-12zzzq-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.969, "count R": 0.935, "count.place": 0.866, "count.date": 0.922, "count.q": 1.000, "count.of": 0.982, "date P": 1.000, "date R": 1.000, "place P": 0.982, "place R": 0.988, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.964, "actor R": 0.925, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.955}},
		tuningSet{"tuning-2026-12zzzr-exblind", []string{"tuning-2026-12zzzr-exblind/a-wire.txt", "tuning-2026-12zzzr-exblind/b-regional.txt", "tuning-2026-12zzzr-exblind/c-ngo.txt", "tuning-2026-12zzzr-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.982, "count R": 0.959, "count.place": 0.944, "count.date": 0.911, "count.q": 1.000, "count.of": 0.977, "date P": 1.000, "date R": 0.992, "place P": 0.988, "place R": 0.988, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.967, "actor R": 0.912, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.971, "wound P": 0.968, "wound R": 0.968}},
		tuningSet{"tuning-2026-12zzzs-exblind", []string{"tuning-2026-12zzzs-exblind/a-wire.txt", "tuning-2026-12zzzs-exblind/b-regional.txt", "tuning-2026-12zzzs-exblind/c-ngo.txt", "tuning-2026-12zzzs-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.962, "count R": 0.927, "count.place": 0.906, "count.date": 0.966, "count.q": 1.000, "count.of": 0.941, "date P": 0.984, "date R": 0.984, "place P": 0.988, "place R": 0.988, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.970, "actor R": 0.943, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzt-exblind", []string{"tuning-2026-12zzzt-exblind/a-wire.txt", "tuning-2026-12zzzt-exblind/b-regional.txt", "tuning-2026-12zzzt-exblind/c-ngo.txt", "tuning-2026-12zzzt-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.962, "count R": 0.919, "count.place": 0.938, "count.date": 0.960, "count.q": 1.000, "count.of": 0.969, "date P": 1.000, "date R": 1.000, "place P": 0.982, "place R": 0.988, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.994, "actor R": 0.918, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 0.963, "wound R": 0.963}},
		tuningSet{"tuning-2026-12zzzu-exblind", []string{"tuning-2026-12zzzu-exblind/a-wire.txt", "tuning-2026-12zzzu-exblind/b-regional.txt", "tuning-2026-12zzzu-exblind/c-ngo.txt", "tuning-2026-12zzzu-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.979, "count R": 0.919, "count.place": 0.901, "count.date": 0.934, "count.q": 1.000, "count.of": 0.927, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.979, "quotation P": 0.933, "quotation R": 0.933, "quotation.text": 1.000, "actor P": 0.955, "actor R": 0.913, "actor.type": 1.000, "weapon P": 0.947, "weapon R": 0.947, "wound P": 1.000, "wound R": 0.875}},
		tuningSet{"tuning-2026-12zzzv-exblind", []string{"tuning-2026-12zzzv-exblind/a-wire.txt", "tuning-2026-12zzzv-exblind/b-regional.txt", "tuning-2026-12zzzv-exblind/c-ngo.txt", "tuning-2026-12zzzv-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.963, "count R": 0.913, "count.place": 0.935, "count.date": 0.892, "count.q": 0.996, "count.of": 0.961, "date P": 0.993, "date R": 0.993, "place P": 0.993, "place R": 0.980, "quotation P": 0.938, "quotation R": 0.938, "quotation.text": 1.000, "actor P": 0.920, "actor R": 0.842, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.964}},
		tuningSet{"tuning-2026-12zzzw-exblind", []string{"tuning-2026-12zzzw-exblind/a-wire.txt", "tuning-2026-12zzzw-exblind/b-regional.txt", "tuning-2026-12zzzw-exblind/c-ngo.txt", "tuning-2026-12zzzw-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.996, "count R": 0.964, "count.place": 0.959, "count.date": 0.984, "count.q": 1.000, "count.of": 0.967, "date P": 1.000, "date R": 1.000, "place P": 0.994, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.970, "actor R": 0.931, "actor.type": 1.000, "weapon P": 0.971, "weapon R": 1.000, "wound P": 0.960, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzx-exblind", []string{"tuning-2026-12zzzx-exblind/a-wire.txt", "tuning-2026-12zzzx-exblind/b-regional.txt", "tuning-2026-12zzzx-exblind/c-ngo.txt", "tuning-2026-12zzzx-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.970, "count R": 0.954, "count.place": 0.916, "count.date": 0.956, "count.q": 1.000, "count.of": 0.996, "date P": 0.993, "date R": 1.000, "place P": 0.985, "place R": 0.966, "quotation P": 0.923, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.946, "actor R": 0.870, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzy-exblind", []string{"tuning-2026-12zzzy-exblind/a-wire.txt", "tuning-2026-12zzzy-exblind/b-regional.txt", "tuning-2026-12zzzy-exblind/c-ngo.txt", "tuning-2026-12zzzy-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.976, "count R": 0.953, "count.place": 0.935, "count.date": 0.923, "count.q": 1.000, "count.of": 0.947, "date P": 0.992, "date R": 0.992, "place P": 0.990, "place R": 0.990, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.975, "actor R": 0.930, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzz-exblind", []string{"tuning-2026-12zzzz-exblind/a-wire.txt", "tuning-2026-12zzzz-exblind/b-regional.txt", "tuning-2026-12zzzz-exblind/c-ngo.txt", "tuning-2026-12zzzz-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.989, "count R": 0.974, "count.place": 0.894, "count.date": 0.947, "count.q": 1.000, "count.of": 0.962, "date P": 0.993, "date R": 0.986, "place P": 1.000, "place R": 0.990, "quotation P": 0.917, "quotation R": 0.917, "quotation.text": 1.000, "actor P": 0.962, "actor R": 0.927, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzza-exblind", []string{"tuning-2026-12zzzza-exblind/a-wire.txt", "tuning-2026-12zzzza-exblind/b-regional.txt", "tuning-2026-12zzzza-exblind/c-ngo.txt", "tuning-2026-12zzzza-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.965, "count R": 0.936, "count.place": 0.963, "count.date": 0.954, "count.q": 1.000, "count.of": 0.973, "date P": 0.993, "date R": 1.000, "place P": 0.988, "place R": 1.000, "quotation P": 0.947, "quotation R": 0.947, "quotation.text": 1.000, "actor P": 0.982, "actor R": 0.918, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.909, "discharge P": 1.000, "discharge R": 0.500}},
		tuningSet{"tuning-2026-12zzzzb-exblind", []string{"tuning-2026-12zzzzb-exblind/a-wire.txt", "tuning-2026-12zzzzb-exblind/b-regional.txt", "tuning-2026-12zzzzb-exblind/c-ngo.txt", "tuning-2026-12zzzzb-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.993, "count R": 0.934, "count.place": 0.914, "count.date": 0.941, "count.q": 1.000, "count.of": 0.959, "date P": 0.982, "date R": 0.988, "place P": 0.995, "place R": 1.000, "quotation P": 0.941, "quotation R": 0.941, "quotation.text": 1.000, "actor P": 0.950, "actor R": 0.847, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzzc-exblind", []string{"tuning-2026-12zzzzc-exblind/a-wire.txt", "tuning-2026-12zzzzc-exblind/b-regional.txt", "tuning-2026-12zzzzc-exblind/c-ngo.txt", "tuning-2026-12zzzzc-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.989, "count R": 0.959, "count.place": 0.957, "count.date": 0.969, "count.q": 1.000, "count.of": 0.961, "date P": 0.993, "date R": 0.993, "place P": 1.000, "place R": 0.995, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.976, "actor R": 0.914, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzzd-exblind", []string{"tuning-2026-12zzzzd-exblind/a-wire.txt", "tuning-2026-12zzzzd-exblind/b-regional.txt", "tuning-2026-12zzzzd-exblind/c-ngo.txt", "tuning-2026-12zzzzd-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.962, "count R": 0.930, "count.place": 0.897, "count.date": 0.940, "count.q": 1.000, "count.of": 0.960, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.976, "quotation P": 0.929, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.957, "actor R": 0.911, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzze-exblind", []string{"tuning-2026-12zzzze-exblind/a-wire.txt", "tuning-2026-12zzzze-exblind/b-regional.txt", "tuning-2026-12zzzze-exblind/c-ngo.txt", "tuning-2026-12zzzze-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.964, "count R": 0.912, "count.place": 0.908, "count.date": 0.866, "count.q": 1.000, "count.of": 0.945, "date P": 0.986, "date R": 1.000, "place P": 0.995, "place R": 0.979, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.956, "actor R": 0.869, "actor.type": 0.993, "weapon P": 0.875, "weapon R": 0.933, "wound P": 0.913, "wound R": 0.875}},
		tuningSet{"tuning-2026-12zzzzf-exblind", []string{"tuning-2026-12zzzzf-exblind/a-wire.txt", "tuning-2026-12zzzzf-exblind/b-regional.txt", "tuning-2026-12zzzzf-exblind/c-ngo.txt", "tuning-2026-12zzzzf-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.984, "count R": 0.966, "count.place": 0.929, "count.date": 0.992, "count.q": 1.000, "count.of": 0.972, "date P": 1.000, "date R": 0.993, "place P": 0.995, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.967, "actor R": 0.875, "actor.type": 1.000, "weapon P": 0.977, "weapon R": 0.977, "wound P": 0.897, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzzg-exblind", []string{"tuning-2026-12zzzzg-exblind/a-wire.txt", "tuning-2026-12zzzzg-exblind/b-regional.txt", "tuning-2026-12zzzzg-exblind/c-ngo.txt", "tuning-2026-12zzzzg-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.971, "count R": 0.951, "count.place": 0.814, "count.date": 0.939, "count.q": 1.000, "count.of": 0.944, "date P": 0.992, "date R": 0.992, "place P": 0.993, "place R": 0.993, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.988, "actor R": 0.899, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.972, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzzh-exblind", []string{"tuning-2026-12zzzzh-exblind/a-wire.txt", "tuning-2026-12zzzzh-exblind/b-regional.txt", "tuning-2026-12zzzzh-exblind/c-ngo.txt", "tuning-2026-12zzzzh-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.975, "count R": 0.932, "count.place": 0.917, "count.date": 0.956, "count.q": 1.000, "count.of": 0.956, "date P": 1.000, "date R": 1.000, "place P": 0.996, "place R": 0.989, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.974, "actor R": 0.870, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 0.977, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzzi-exblind", []string{"tuning-2026-12zzzzi-exblind/a-wire.txt", "tuning-2026-12zzzzi-exblind/b-regional.txt", "tuning-2026-12zzzzi-exblind/c-ngo.txt", "tuning-2026-12zzzzi-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.982, "count R": 0.952, "count.place": 0.950, "count.date": 0.961, "count.q": 1.000, "count.of": 0.964, "date P": 1.000, "date R": 1.000, "place P": 1.000, "place R": 0.985, "quotation P": 0.938, "quotation R": 0.938, "quotation.text": 1.000, "actor P": 0.956, "actor R": 0.911, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzzj-exblind", []string{"tuning-2026-12zzzzj-exblind/a-wire.txt", "tuning-2026-12zzzzj-exblind/b-regional.txt", "tuning-2026-12zzzzj-exblind/c-ngo.txt", "tuning-2026-12zzzzj-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.968, "count R": 0.945, "count.place": 0.916, "count.date": 0.869, "count.q": 1.000, "count.of": 0.945, "date P": 0.987, "date R": 0.994, "place P": 0.995, "place R": 0.990, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.975, "actor R": 0.883, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 0.952, "wound R": 1.000, "discharge P": 1.000, "discharge R": 1.000}},
		tuningSet{"tuning-2026-12zzzzk-exblind", []string{"tuning-2026-12zzzzk-exblind/a-wire.txt", "tuning-2026-12zzzzk-exblind/b-regional.txt", "tuning-2026-12zzzzk-exblind/c-ngo.txt", "tuning-2026-12zzzzk-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.984, "count R": 0.973, "count.place": 0.932, "count.date": 0.952, "count.q": 0.996, "count.of": 0.972, "date P": 0.993, "date R": 0.993, "place P": 0.989, "place R": 0.995, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.962, "actor R": 0.923, "actor.type": 1.000, "weapon P": 0.971, "weapon R": 0.943, "wound P": 1.000, "wound R": 1.000}},
		tuningSet{"tuning-2026-12zzzzl-exblind", []string{"tuning-2026-12zzzzl-exblind/a-wire.txt", "tuning-2026-12zzzzl-exblind/b-regional.txt", "tuning-2026-12zzzzl-exblind/c-ngo.txt", "tuning-2026-12zzzzl-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.985, "count R": 0.977, "count.place": 0.892, "count.date": 0.950, "count.q": 1.000, "count.of": 0.969, "date P": 0.979, "date R": 0.986, "place P": 1.000, "place R": 0.990, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.951, "actor R": 0.884, "actor.type": 1.000, "weapon P": 0.956, "weapon R": 0.956, "wound P": 1.000, "wound R": 1.000, "discharge P": 1.000, "discharge R": 1.000}},
		tuningSet{"tuning-2026-12zzzzm-exblind", []string{"tuning-2026-12zzzzm-exblind/a-wire.txt", "tuning-2026-12zzzzm-exblind/b-regional.txt", "tuning-2026-12zzzzm-exblind/c-ngo.txt", "tuning-2026-12zzzzm-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.972, "count R": 0.917, "count.place": 0.945, "count.date": 0.904, "count.q": 1.000, "count.of": 0.955, "date P": 0.986, "date R": 0.979, "place P": 0.986, "place R": 0.991, "quotation P": 0.950, "quotation R": 0.950, "quotation.text": 1.000, "actor P": 0.982, "actor R": 0.890, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 1.000, "wound R": 0.905}},
		tuningSet{"tuning-2026-12zzzzn-exblind", []string{"tuning-2026-12zzzzn-exblind/a-wire.txt", "tuning-2026-12zzzzn-exblind/b-regional.txt", "tuning-2026-12zzzzn-exblind/c-ngo.txt", "tuning-2026-12zzzzn-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.980, "count R": 0.957, "count.place": 0.885, "count.date": 0.934, "count.q": 1.000, "count.of": 0.959, "date P": 1.000, "date R": 1.000, "place P": 0.977, "place R": 0.982, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.952, "actor R": 0.877, "actor.type": 1.000, "weapon P": 0.980, "weapon R": 0.980, "wound P": 1.000, "wound R": 1.000, "discharge P": 1.000, "discharge R": 0.000}},
		tuningSet{"tuning-2026-12zzzzo-exblind", []string{"tuning-2026-12zzzzo-exblind/a-wire.txt", "tuning-2026-12zzzzo-exblind/b-regional.txt", "tuning-2026-12zzzzo-exblind/c-ngo.txt", "tuning-2026-12zzzzo-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.996, "count R": 0.956, "count.place": 0.908, "count.date": 0.935, "count.q": 1.000, "count.of": 0.973, "date P": 0.986, "date R": 0.986, "place P": 0.985, "place R": 0.970, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.983, "actor R": 0.929, "actor.type": 1.000, "weapon P": 0.950, "weapon R": 0.950, "wound P": 0.957, "wound R": 1.000, "discharge P": 1.000, "discharge R": 1.000}},
		tuningSet{"tuning-2026-12zzzzp-exblind", []string{"tuning-2026-12zzzzp-exblind/a-wire.txt", "tuning-2026-12zzzzp-exblind/b-regional.txt", "tuning-2026-12zzzzp-exblind/c-ngo.txt", "tuning-2026-12zzzzp-exblind/d-machine-translated.txt"},
			map[string]float64{"count P": 0.983, "count R": 0.966, "count.place": 0.912, "count.date": 0.956, "count.q": 1.000, "count.of": 0.965, "date P": 1.000, "date R": 1.000, "place P": 0.989, "place R": 1.000, "quotation P": 1.000, "quotation R": 1.000, "quotation.text": 1.000, "actor P": 0.965, "actor R": 0.901, "actor.type": 1.000, "weapon P": 1.000, "weapon R": 1.000, "wound P": 0.950, "wound R": 0.864}},
	)
}

// TestExBlind keeps the ex-blind files as they were hashed and prints the
// first score they had while still blind, for the figures script.
func TestExBlind(t *testing.T) {
	exBlindFirst(t, exBlindDir, 100, "blind-2026-12", "tuning-2026-12-exblind")
}

// TestExBlindB does the same for the ex-blind set 2026-12b.
func TestExBlindB(t *testing.T) {
	exBlindFirst(t, exBlindBDir, 120, "blind-2026-12b", "tuning-2026-12b-exblind")
}

// TestExBlindC does the same for the ex-blind set 2026-12c.
func TestExBlindC(t *testing.T) {
	exBlindFirst(t, exBlindCDir, 90, "blind-2026-12c", "tuning-2026-12c-exblind")
}

// exBlindFirst checks the hashes and size of an ex-blind set and logs the
// first score recorded under its blind name.
func exBlindFirst(t *testing.T, dir string, min int, blind, name string) {
	files := checkHashes(t, dir)
	if len(readSets(t, files...)) < min {
		t.Fatalf("%s: fewer than %d paragraphs", dir, min)
	}
	record, err := os.ReadFile("testdata/first-scores.md")
	if err != nil {
		t.Fatal(err)
	}
	first, ok := firstScore(string(record), blind)
	if !ok {
		t.Fatalf("first-scores.md lost the first score of %s", blind)
	}
	t.Logf("FIRST %s %s", name, firstLine(first))
}

// TestExBlindD does the same for the ex-blind set 2026-12d.
func TestExBlindD(t *testing.T) {
	exBlindFirst(t, exBlindDDir, 74, "blind-2026-12d", "tuning-2026-12d-exblind")
}

// TestExBlindE does the same for the ex-blind set 2026-12e.
func TestExBlindE(t *testing.T) {
	exBlindFirst(t, exBlindEDir, 62, "blind-2026-12e", "tuning-2026-12e-exblind")
}

// TestExBlindF does the same for the ex-blind set 2026-12f.
func TestExBlindF(t *testing.T) {
	exBlindFirst(t, exBlindFDir, 84, "blind-2026-12f", "tuning-2026-12f-exblind")
}

// TestExBlindG does the same for the ex-blind set 2026-12g.
func TestExBlindG(t *testing.T) {
	exBlindFirst(t, exBlindGDir, 84, "blind-2026-12g", "tuning-2026-12g-exblind")
}

// TestExBlindH does the same for the ex-blind set 2026-12h.
func TestExBlindH(t *testing.T) {
	exBlindFirst(t, exBlindHDir, 83, "blind-2026-12h", "tuning-2026-12h-exblind")
}

// TestExBlindI does the same for the ex-blind set 2026-12i.
func TestExBlindI(t *testing.T) {
	exBlindFirst(t, exBlindIDir, 61, "blind-2026-12i", "tuning-2026-12i-exblind")
}

// TestExBlindJ does the same for the ex-blind set 2026-12j.
func TestExBlindJ(t *testing.T) {
	exBlindFirst(t, exBlindJDir, 62, "blind-2026-12j", "tuning-2026-12j-exblind")
}

// TestExBlindK does the same for the ex-blind set 2026-12k.
func TestExBlindK(t *testing.T) {
	exBlindFirst(t, exBlindKDir, 61, "blind-2026-12k", "tuning-2026-12k-exblind")
}

// TestExBlindL does the same for the ex-blind set 2026-12l.
func TestExBlindL(t *testing.T) {
	exBlindFirst(t, exBlindLDir, 61, "blind-2026-12l", "tuning-2026-12l-exblind")
}

// TestExBlindM does the same for the ex-blind set 2026-12m.
func TestExBlindM(t *testing.T) {
	exBlindFirst(t, exBlindMDir, 61, "blind-2026-12m", "tuning-2026-12m-exblind")
}

// TestExBlindN does the same for the ex-blind set 2026-12n.
func TestExBlindN(t *testing.T) {
	exBlindFirst(t, exBlindNDir, 61, "blind-2026-12n", "tuning-2026-12n-exblind")
}

// TestExBlindO does the same for the ex-blind set 2026-12o.
func TestExBlindO(t *testing.T) {
	exBlindFirst(t, exBlindODir, 61, "blind-2026-12o", "tuning-2026-12o-exblind")
}

// TestExBlindP does the same for the ex-blind set 2026-12p.
func TestExBlindP(t *testing.T) {
	exBlindFirst(t, exBlindPDir, 61, "blind-2026-12p", "tuning-2026-12p-exblind")
}

// TestExBlindQ does the same for the ex-blind set 2026-12q.
func TestExBlindQ(t *testing.T) {
	exBlindFirst(t, exBlindQDir, 61, "blind-2026-12q", "tuning-2026-12q-exblind")
}

// TestExBlindR does the same for the ex-blind set 2026-12r.
func TestExBlindR(t *testing.T) {
	exBlindFirst(t, exBlindRDir, 61, "blind-2026-12r", "tuning-2026-12r-exblind")
}

// TestExBlindS does the same for the ex-blind set 2026-12s.
func TestExBlindS(t *testing.T) {
	exBlindFirst(t, exBlindSDir, 61, "blind-2026-12s", "tuning-2026-12s-exblind")
}

// TestExBlindT does the same for the ex-blind set 2026-12t.
func TestExBlindT(t *testing.T) {
	exBlindFirst(t, exBlindTDir, 61, "blind-2026-12t", "tuning-2026-12t-exblind")
}

// TestExBlindU does the same for the ex-blind set 2026-12u.
func TestExBlindU(t *testing.T) {
	exBlindFirst(t, exBlindUDir, 61, "blind-2026-12u", "tuning-2026-12u-exblind")
}

// TestExBlindV does the same for the ex-blind set 2026-12v.
func TestExBlindV(t *testing.T) {
	exBlindFirst(t, exBlindVDir, 61, "blind-2026-12v", "tuning-2026-12v-exblind")
}

// TestExBlindW does the same for the ex-blind set 2026-12w.
func TestExBlindW(t *testing.T) {
	exBlindFirst(t, exBlindWDir, 61, "blind-2026-12w", "tuning-2026-12w-exblind")
}

// TestExBlindX does the same for the ex-blind set 2026-12x.
func TestExBlindX(t *testing.T) {
	exBlindFirst(t, exBlindXDir, 61, "blind-2026-12x", "tuning-2026-12x-exblind")
}

// TestExBlindY does the same for the ex-blind set 2026-12y.
func TestExBlindY(t *testing.T) {
	exBlindFirst(t, exBlindYDir, 61, "blind-2026-12y", "tuning-2026-12y-exblind")
}

// TestExBlindZ does the same for the ex-blind set 2026-12z.
func TestExBlindZ(t *testing.T) {
	exBlindFirst(t, exBlindZDir, 61, "blind-2026-12z", "tuning-2026-12z-exblind")
}

// TestExBlindZa does the same for the ex-blind set 2026-12za.
func TestExBlindZa(t *testing.T) {
	exBlindFirst(t, exBlindZaDir, 61, "blind-2026-12za", "tuning-2026-12za-exblind")
}

// TestExBlindZb does the same for the ex-blind set 2026-12zb.
func TestExBlindZb(t *testing.T) {
	exBlindFirst(t, exBlindZbDir, 61, "blind-2026-12zb", "tuning-2026-12zb-exblind")
}

// TestExBlindZc does the same for the ex-blind set 2026-12zc.
func TestExBlindZc(t *testing.T) {
	exBlindFirst(t, exBlindZcDir, 61, "blind-2026-12zc", "tuning-2026-12zc-exblind")
}

// TestExBlindZd does the same for the ex-blind set 2026-12zd.
func TestExBlindZd(t *testing.T) {
	exBlindFirst(t, exBlindZdDir, 61, "blind-2026-12zd", "tuning-2026-12zd-exblind")
}

// TestExBlindZe does the same for the ex-blind set 2026-12ze.
func TestExBlindZe(t *testing.T) {
	exBlindFirst(t, exBlindZeDir, 61, "blind-2026-12ze", "tuning-2026-12ze-exblind")
}

// TestExBlindZf does the same for the ex-blind set 2026-12zf.
func TestExBlindZf(t *testing.T) {
	exBlindFirst(t, exBlindZfDir, 61, "blind-2026-12zf", "tuning-2026-12zf-exblind")
}

// TestExBlindZg does the same for the ex-blind set 2026-12zg.
func TestExBlindZg(t *testing.T) {
	exBlindFirst(t, exBlindZgDir, 61, "blind-2026-12zg", "tuning-2026-12zg-exblind")
}

// TestExBlindZh does the same for the ex-blind set 2026-12zh.
func TestExBlindZh(t *testing.T) {
	exBlindFirst(t, exBlindZhDir, 61, "blind-2026-12zh", "tuning-2026-12zh-exblind")
}

// TestExBlindZi does the same for the ex-blind set 2026-12zi.
func TestExBlindZi(t *testing.T) {
	exBlindFirst(t, exBlindZiDir, 61, "blind-2026-12zi", "tuning-2026-12zi-exblind")
}

// TestExBlindZj does the same for the ex-blind set 2026-12zj.
func TestExBlindZj(t *testing.T) {
	exBlindFirst(t, exBlindZjDir, 61, "blind-2026-12zj", "tuning-2026-12zj-exblind")
}

// TestExBlindZk does the same for the ex-blind set 2026-12zk.
func TestExBlindZk(t *testing.T) {
	exBlindFirst(t, exBlindZkDir, 61, "blind-2026-12zk", "tuning-2026-12zk-exblind")
}

// TestExBlindZl does the same for the ex-blind set 2026-12zl.
func TestExBlindZl(t *testing.T) {
	exBlindFirst(t, exBlindZlDir, 61, "blind-2026-12zl", "tuning-2026-12zl-exblind")
}

// TestExBlindZm does the same for the ex-blind set 2026-12zm.
func TestExBlindZm(t *testing.T) {
	exBlindFirst(t, exBlindZmDir, 61, "blind-2026-12zm", "tuning-2026-12zm-exblind")
}

// TestExBlindZn does the same for the ex-blind set 2026-12zn.
func TestExBlindZn(t *testing.T) {
	exBlindFirst(t, exBlindZnDir, 61, "blind-2026-12zn", "tuning-2026-12zn-exblind")
}

// TestExBlindZo does the same for the ex-blind set 2026-12zo.
func TestExBlindZo(t *testing.T) {
	exBlindFirst(t, exBlindZoDir, 61, "blind-2026-12zo", "tuning-2026-12zo-exblind")
}

// TestExBlindZp does the same for the ex-blind set 2026-12zp.
func TestExBlindZp(t *testing.T) {
	exBlindFirst(t, exBlindZpDir, 61, "blind-2026-12zp", "tuning-2026-12zp-exblind")
}

// TestExBlindZq does the same for the ex-blind set 2026-12zq.
func TestExBlindZq(t *testing.T) {
	exBlindFirst(t, exBlindZqDir, 61, "blind-2026-12zq", "tuning-2026-12zq-exblind")
}

// TestExBlindZr does the same for the ex-blind set 2026-12zr.
func TestExBlindZr(t *testing.T) {
	exBlindFirst(t, exBlindZrDir, 61, "blind-2026-12zr", "tuning-2026-12zr-exblind")
}

// TestExBlindZs does the same for the ex-blind set 2026-12zs.
func TestExBlindZs(t *testing.T) {
	exBlindFirst(t, exBlindZsDir, 61, "blind-2026-12zs", "tuning-2026-12zs-exblind")
}

// TestExBlindZt does the same for the ex-blind set 2026-12zt.
func TestExBlindZt(t *testing.T) {
	exBlindFirst(t, exBlindZtDir, 61, "blind-2026-12zt", "tuning-2026-12zt-exblind")
}

// TestExBlindZu does the same for the ex-blind set 2026-12zu.
func TestExBlindZu(t *testing.T) {
	exBlindFirst(t, exBlindZuDir, 61, "blind-2026-12zu", "tuning-2026-12zu-exblind")
}

// TestExBlindZv does the same for the ex-blind set 2026-12zv.
func TestExBlindZv(t *testing.T) {
	exBlindFirst(t, exBlindZvDir, 61, "blind-2026-12zv", "tuning-2026-12zv-exblind")
}

// TestExBlindZw does the same for the ex-blind set 2026-12zw.
func TestExBlindZw(t *testing.T) {
	exBlindFirst(t, exBlindZwDir, 61, "blind-2026-12zw", "tuning-2026-12zw-exblind")
}

// TestExBlindZx does the same for the ex-blind set 2026-12zx.
func TestExBlindZx(t *testing.T) {
	exBlindFirst(t, exBlindZxDir, 61, "blind-2026-12zx", "tuning-2026-12zx-exblind")
}

// TestExBlindZy does the same for the ex-blind set 2026-12zy.
func TestExBlindZy(t *testing.T) {
	exBlindFirst(t, exBlindZyDir, 61, "blind-2026-12zy", "tuning-2026-12zy-exblind")
}

// TestExBlindZz does the same for the ex-blind set 2026-12zz.
func TestExBlindZz(t *testing.T) {
	exBlindFirst(t, exBlindZzDir, 61, "blind-2026-12zz", "tuning-2026-12zz-exblind")
}

// TestExBlindZza does the same for the ex-blind set 2026-12zza.
func TestExBlindZza(t *testing.T) {
	exBlindFirst(t, exBlindZzaDir, 61, "blind-2026-12zza", "tuning-2026-12zza-exblind")
}

// TestExBlindZzb does the same for the ex-blind set 2026-12zzb.
func TestExBlindZzb(t *testing.T) {
	exBlindFirst(t, exBlindZzbDir, 61, "blind-2026-12zzb", "tuning-2026-12zzb-exblind")
}

// TestExBlindZzc does the same for the ex-blind set 2026-12zzc.
func TestExBlindZzc(t *testing.T) {
	exBlindFirst(t, exBlindZzcDir, 61, "blind-2026-12zzc", "tuning-2026-12zzc-exblind")
}

// TestExBlindZzd does the same for the ex-blind set 2026-12zzd.
func TestExBlindZzd(t *testing.T) {
	exBlindFirst(t, exBlindZzdDir, 61, "blind-2026-12zzd", "tuning-2026-12zzd-exblind")
}

// TestExBlindZze does the same for the ex-blind set 2026-12zze.
func TestExBlindZze(t *testing.T) {
	exBlindFirst(t, exBlindZzeDir, 61, "blind-2026-12zze", "tuning-2026-12zze-exblind")
}

// TestExBlindZzf does the same for the ex-blind set 2026-12zzf.
func TestExBlindZzf(t *testing.T) {
	exBlindFirst(t, exBlindZzfDir, 61, "blind-2026-12zzf", "tuning-2026-12zzf-exblind")
}

// TestExBlindZzg does the same for the ex-blind set 2026-12zzg.
func TestExBlindZzg(t *testing.T) {
	exBlindFirst(t, exBlindZzgDir, 61, "blind-2026-12zzg", "tuning-2026-12zzg-exblind")
}

// TestExBlindZzh does the same for the ex-blind set 2026-12zzh.
func TestExBlindZzh(t *testing.T) {
	exBlindFirst(t, exBlindZzhDir, 61, "blind-2026-12zzh", "tuning-2026-12zzh-exblind")
}

// TestExBlindZzi does the same for the ex-blind set 2026-12zzi.
func TestExBlindZzi(t *testing.T) {
	exBlindFirst(t, exBlindZziDir, 61, "blind-2026-12zzi", "tuning-2026-12zzi-exblind")
}

// TestExBlindZzj does the same for the ex-blind set 2026-12zzj.
func TestExBlindZzj(t *testing.T) {
	exBlindFirst(t, exBlindZzjDir, 61, "blind-2026-12zzj", "tuning-2026-12zzj-exblind")
}

// TestExBlindZzk does the same for the ex-blind set 2026-12zzk.
func TestExBlindZzk(t *testing.T) {
	exBlindFirst(t, exBlindZzkDir, 61, "blind-2026-12zzk", "tuning-2026-12zzk-exblind")
}

// TestExBlindZzl does the same for the ex-blind set 2026-12zzl.
func TestExBlindZzl(t *testing.T) {
	exBlindFirst(t, exBlindZzlDir, 61, "blind-2026-12zzl", "tuning-2026-12zzl-exblind")
}

// TestExBlindZzm does the same for the ex-blind set 2026-12zzm.
func TestExBlindZzm(t *testing.T) {
	exBlindFirst(t, exBlindZzmDir, 61, "blind-2026-12zzm", "tuning-2026-12zzm-exblind")
}

// TestExBlindZzn does the same for the ex-blind set 2026-12zzn.
func TestExBlindZzn(t *testing.T) {
	exBlindFirst(t, exBlindZznDir, 61, "blind-2026-12zzn", "tuning-2026-12zzn-exblind")
}

// TestExBlindZzo does the same for the ex-blind set 2026-12zzo.
func TestExBlindZzo(t *testing.T) {
	exBlindFirst(t, exBlindZzoDir, 61, "blind-2026-12zzo", "tuning-2026-12zzo-exblind")
}

// TestExBlindZzp does the same for the ex-blind set 2026-12zzp.
func TestExBlindZzp(t *testing.T) {
	exBlindFirst(t, exBlindZzpDir, 61, "blind-2026-12zzp", "tuning-2026-12zzp-exblind")
}

// TestExBlindZzq does the same for the ex-blind set 2026-12zzq.
func TestExBlindZzq(t *testing.T) {
	exBlindFirst(t, exBlindZzqDir, 61, "blind-2026-12zzq", "tuning-2026-12zzq-exblind")
}

// TestExBlindZzr does the same for the ex-blind set 2026-12zzr.
func TestExBlindZzr(t *testing.T) {
	exBlindFirst(t, exBlindZzrDir, 61, "blind-2026-12zzr", "tuning-2026-12zzr-exblind")
}

// TestExBlindZzs does the same for the ex-blind set 2026-12zzs.
func TestExBlindZzs(t *testing.T) {
	exBlindFirst(t, exBlindZzsDir, 61, "blind-2026-12zzs", "tuning-2026-12zzs-exblind")
}

// TestExBlindZzt does the same for the ex-blind set 2026-12zzt.
func TestExBlindZzt(t *testing.T) {
	exBlindFirst(t, exBlindZztDir, 61, "blind-2026-12zzt", "tuning-2026-12zzt-exblind")
}

// TestExBlindZzu does the same for the ex-blind set 2026-12zzu.
func TestExBlindZzu(t *testing.T) {
	exBlindFirst(t, exBlindZzuDir, 61, "blind-2026-12zzu", "tuning-2026-12zzu-exblind")
}

// TestExBlindZzv does the same for the ex-blind set 2026-12zzv.
func TestExBlindZzv(t *testing.T) {
	exBlindFirst(t, exBlindZzvDir, 61, "blind-2026-12zzv", "tuning-2026-12zzv-exblind")
}

// TestExBlindZzw does the same for the ex-blind set 2026-12zzw.
func TestExBlindZzw(t *testing.T) {
	exBlindFirst(t, exBlindZzwDir, 61, "blind-2026-12zzw", "tuning-2026-12zzw-exblind")
}

// TestExBlindZzx does the same for the ex-blind set 2026-12zzx.
func TestExBlindZzx(t *testing.T) {
	exBlindFirst(t, exBlindZzxDir, 61, "blind-2026-12zzx", "tuning-2026-12zzx-exblind")
}

// TestExBlindZzy does the same for the ex-blind set 2026-12zzy.
func TestExBlindZzy(t *testing.T) {
	exBlindFirst(t, exBlindZzyDir, 61, "blind-2026-12zzy", "tuning-2026-12zzy-exblind")
}

// TestExBlindZzz does the same for the ex-blind set 2026-12zzz.
func TestExBlindZzz(t *testing.T) {
	exBlindFirst(t, exBlindZzzDir, 61, "blind-2026-12zzz", "tuning-2026-12zzz-exblind")
}

// TestExBlindZzza does the same for the ex-blind set 2026-12zzza.
func TestExBlindZzza(t *testing.T) {
	exBlindFirst(t, exBlindZzzaDir, 61, "blind-2026-12zzza", "tuning-2026-12zzza-exblind")
}

// TestExBlindZzzb does the same for the ex-blind set 2026-12zzzb.
func TestExBlindZzzb(t *testing.T) {
	exBlindFirst(t, exBlindZzzbDir, 61, "blind-2026-12zzzb", "tuning-2026-12zzzb-exblind")
}

// TestExBlindZzzc does the same for the ex-blind set 2026-12zzzc.
func TestExBlindZzzc(t *testing.T) {
	exBlindFirst(t, exBlindZzzcDir, 61, "blind-2026-12zzzc", "tuning-2026-12zzzc-exblind")
}

// TestExBlindZzzd does the same for the ex-blind set 2026-12zzzd.
func TestExBlindZzzd(t *testing.T) {
	exBlindFirst(t, exBlindZzzdDir, 61, "blind-2026-12zzzd", "tuning-2026-12zzzd-exblind")
}

// TestExBlindZzze does the same for the ex-blind set 2026-12zzze.
func TestExBlindZzze(t *testing.T) {
	exBlindFirst(t, exBlindZzzeDir, 61, "blind-2026-12zzze", "tuning-2026-12zzze-exblind")
}

// TestExBlindZzzf does the same for the ex-blind set 2026-12zzzf.
func TestExBlindZzzf(t *testing.T) {
	exBlindFirst(t, exBlindZzzfDir, 61, "blind-2026-12zzzf", "tuning-2026-12zzzf-exblind")
}

// TestExBlindZzzg does the same for the ex-blind set 2026-12zzzg.
func TestExBlindZzzg(t *testing.T) {
	exBlindFirst(t, exBlindZzzgDir, 61, "blind-2026-12zzzg", "tuning-2026-12zzzg-exblind")
}

// TestExBlindZzzh does the same for the ex-blind set 2026-12zzzh.
func TestExBlindZzzh(t *testing.T) {
	exBlindFirst(t, exBlindZzzhDir, 61, "blind-2026-12zzzh", "tuning-2026-12zzzh-exblind")
}

// TestExBlindZzzi does the same for the ex-blind set 2026-12zzzi.
func TestExBlindZzzi(t *testing.T) {
	exBlindFirst(t, exBlindZzziDir, 61, "blind-2026-12zzzi", "tuning-2026-12zzzi-exblind")
}

// TestExBlindZzzj does the same for the ex-blind set 2026-12zzzj.
func TestExBlindZzzj(t *testing.T) {
	exBlindFirst(t, exBlindZzzjDir, 61, "blind-2026-12zzzj", "tuning-2026-12zzzj-exblind")
}

// TestExBlindZzzk does the same for the ex-blind set 2026-12zzzk.
func TestExBlindZzzk(t *testing.T) {
	exBlindFirst(t, exBlindZzzkDir, 61, "blind-2026-12zzzk", "tuning-2026-12zzzk-exblind")
}

// TestExBlindZzzl does the same for the ex-blind set 2026-12zzzl.
func TestExBlindZzzl(t *testing.T) {
	exBlindFirst(t, exBlindZzzlDir, 61, "blind-2026-12zzzl", "tuning-2026-12zzzl-exblind")
}

// TestExBlindZzzm does the same for the ex-blind set 2026-12zzzm.
func TestExBlindZzzm(t *testing.T) {
	exBlindFirst(t, exBlindZzzmDir, 61, "blind-2026-12zzzm", "tuning-2026-12zzzm-exblind")
}

// TestExBlindZzzn does the same for the ex-blind set 2026-12zzzn.
func TestExBlindZzzn(t *testing.T) {
	exBlindFirst(t, exBlindZzznDir, 61, "blind-2026-12zzzn", "tuning-2026-12zzzn-exblind")
}

// TestExBlindZzzo does the same for the ex-blind set 2026-12zzzo.
func TestExBlindZzzo(t *testing.T) {
	exBlindFirst(t, exBlindZzzoDir, 61, "blind-2026-12zzzo", "tuning-2026-12zzzo-exblind")
}

// TestExBlindZzzp does the same for the ex-blind set 2026-12zzzp.
func TestExBlindZzzp(t *testing.T) {
	exBlindFirst(t, exBlindZzzpDir, 61, "blind-2026-12zzzp", "tuning-2026-12zzzp-exblind")
}

// TestExBlindZzzq does the same for the ex-blind set 2026-12zzzq.
func TestExBlindZzzq(t *testing.T) {
	exBlindFirst(t, exBlindZzzqDir, 61, "blind-2026-12zzzq", "tuning-2026-12zzzq-exblind")
}

// TestExBlindZzzr does the same for the ex-blind set 2026-12zzzr.
func TestExBlindZzzr(t *testing.T) {
	exBlindFirst(t, exBlindZzzrDir, 61, "blind-2026-12zzzr", "tuning-2026-12zzzr-exblind")
}

// TestExBlindZzzs does the same for the ex-blind set 2026-12zzzs.
func TestExBlindZzzs(t *testing.T) {
	exBlindFirst(t, exBlindZzzsDir, 61, "blind-2026-12zzzs", "tuning-2026-12zzzs-exblind")
}

// TestExBlindZzzt does the same for the ex-blind set 2026-12zzzt.
func TestExBlindZzzt(t *testing.T) {
	exBlindFirst(t, exBlindZzztDir, 61, "blind-2026-12zzzt", "tuning-2026-12zzzt-exblind")
}

// TestExBlindZzzu does the same for the ex-blind set 2026-12zzzu.
func TestExBlindZzzu(t *testing.T) {
	exBlindFirst(t, exBlindZzzuDir, 61, "blind-2026-12zzzu", "tuning-2026-12zzzu-exblind")
}

// TestExBlindZzzv does the same for the ex-blind set 2026-12zzzv.
func TestExBlindZzzv(t *testing.T) {
	exBlindFirst(t, exBlindZzzvDir, 61, "blind-2026-12zzzv", "tuning-2026-12zzzv-exblind")
}

// TestExBlindZzzw does the same for the ex-blind set 2026-12zzzw.
func TestExBlindZzzw(t *testing.T) {
	exBlindFirst(t, exBlindZzzwDir, 61, "blind-2026-12zzzw", "tuning-2026-12zzzw-exblind")
}

// TestExBlindZzzx does the same for the ex-blind set 2026-12zzzx.
func TestExBlindZzzx(t *testing.T) {
	exBlindFirst(t, exBlindZzzxDir, 61, "blind-2026-12zzzx", "tuning-2026-12zzzx-exblind")
}

// TestExBlindZzzy does the same for the ex-blind set 2026-12zzzy.
func TestExBlindZzzy(t *testing.T) {
	exBlindFirst(t, exBlindZzzyDir, 61, "blind-2026-12zzzy", "tuning-2026-12zzzy-exblind")
}

// TestExBlindZzzz does the same for the ex-blind set 2026-12zzzz.
func TestExBlindZzzz(t *testing.T) {
	exBlindFirst(t, exBlindZzzzDir, 61, "blind-2026-12zzzz", "tuning-2026-12zzzz-exblind")
}

// TestExBlindZzzza does the same for the ex-blind set 2026-12zzzza.
func TestExBlindZzzza(t *testing.T) {
	exBlindFirst(t, exBlindZzzzaDir, 61, "blind-2026-12zzzza", "tuning-2026-12zzzza-exblind")
}

// TestExBlindZzzzb does the same for the ex-blind set 2026-12zzzzb.
func TestExBlindZzzzb(t *testing.T) {
	exBlindFirst(t, exBlindZzzzbDir, 61, "blind-2026-12zzzzb", "tuning-2026-12zzzzb-exblind")
}

// TestExBlindZzzzc does the same for the ex-blind set 2026-12zzzzc.
func TestExBlindZzzzc(t *testing.T) {
	exBlindFirst(t, exBlindZzzzcDir, 61, "blind-2026-12zzzzc", "tuning-2026-12zzzzc-exblind")
}

// TestExBlindZzzzd does the same for the ex-blind set 2026-12zzzzd.
func TestExBlindZzzzd(t *testing.T) {
	exBlindFirst(t, exBlindZzzzdDir, 61, "blind-2026-12zzzzd", "tuning-2026-12zzzzd-exblind")
}

// TestExBlindZzzze does the same for the ex-blind set 2026-12zzzze.
func TestExBlindZzzze(t *testing.T) {
	exBlindFirst(t, exBlindZzzzeDir, 61, "blind-2026-12zzzze", "tuning-2026-12zzzze-exblind")
}

// TestExBlindZzzzf does the same for the ex-blind set 2026-12zzzzf.
func TestExBlindZzzzf(t *testing.T) {
	exBlindFirst(t, exBlindZzzzfDir, 61, "blind-2026-12zzzzf", "tuning-2026-12zzzzf-exblind")
}

// TestExBlindZzzzg does the same for the ex-blind set 2026-12zzzzg.
func TestExBlindZzzzg(t *testing.T) {
	exBlindFirst(t, exBlindZzzzgDir, 61, "blind-2026-12zzzzg", "tuning-2026-12zzzzg-exblind")
}

// TestExBlindZzzzh does the same for the ex-blind set 2026-12zzzzh.
func TestExBlindZzzzh(t *testing.T) {
	exBlindFirst(t, exBlindZzzzhDir, 61, "blind-2026-12zzzzh", "tuning-2026-12zzzzh-exblind")
}

// TestExBlindZzzzi does the same for the ex-blind set 2026-12zzzzi.
func TestExBlindZzzzi(t *testing.T) {
	exBlindFirst(t, exBlindZzzziDir, 61, "blind-2026-12zzzzi", "tuning-2026-12zzzzi-exblind")
}

// TestExBlindZzzzj does the same for the ex-blind set 2026-12zzzzj.
func TestExBlindZzzzj(t *testing.T) {
	exBlindFirst(t, exBlindZzzzjDir, 61, "blind-2026-12zzzzj", "tuning-2026-12zzzzj-exblind")
}

// TestExBlindZzzzk does the same for the ex-blind set 2026-12zzzzk.
func TestExBlindZzzzk(t *testing.T) {
	exBlindFirst(t, exBlindZzzzkDir, 61, "blind-2026-12zzzzk", "tuning-2026-12zzzzk-exblind")
}

// TestExBlindZzzzl does the same for the ex-blind set 2026-12zzzzl.
func TestExBlindZzzzl(t *testing.T) {
	exBlindFirst(t, exBlindZzzzlDir, 61, "blind-2026-12zzzzl", "tuning-2026-12zzzzl-exblind")
}

// TestExBlindZzzzm does the same for the ex-blind set 2026-12zzzzm.
func TestExBlindZzzzm(t *testing.T) {
	exBlindFirst(t, exBlindZzzzmDir, 61, "blind-2026-12zzzzm", "tuning-2026-12zzzzm-exblind")
}

// TestExBlindZzzzn does the same for the ex-blind set 2026-12zzzzn.
func TestExBlindZzzzn(t *testing.T) {
	exBlindFirst(t, exBlindZzzznDir, 61, "blind-2026-12zzzzn", "tuning-2026-12zzzzn-exblind")
}

// TestExBlindZzzzo does the same for the ex-blind set 2026-12zzzzo.
func TestExBlindZzzzo(t *testing.T) {
	exBlindFirst(t, exBlindZzzzoDir, 61, "blind-2026-12zzzzo", "tuning-2026-12zzzzo-exblind")
}

// TestExBlindZzzzp does the same for the ex-blind set 2026-12zzzzp.
func TestExBlindZzzzp(t *testing.T) {
	exBlindFirst(t, exBlindZzzzpDir, 61, "blind-2026-12zzzzp", "tuning-2026-12zzzzp-exblind")
}
