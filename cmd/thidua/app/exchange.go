package app

import (
	"context"
	"os"
	"strings"

	"thidua/model"
	"thidua/storage"
	"thidua/storage/exchange"
)

// options are the exchange options of this build.
func (s App) options() exchange.Options { return exchange.Options{AppVersion: s.Version} }

// ExpandFiles turns what a person pointed at (a folder, a USB stick, files)
// into the thidua files to merge, and names, fit to print, the entries of
// the folders that were not read (links, devices, pipes: nothing outside a
// folder is read).
func (s App) ExpandFiles(paths []string) (files, skipped []string, err error) {
	for i := range paths {
		paths[i] = strings.TrimSpace(paths[i])
	}
	files, entries, err := exchange.ExpandFolders(paths)
	for _, e := range entries {
		skipped = append(skipped, exchange.SafeName(e.Path))
	}
	return files, skipped, err
}

// PreviewFiles says what merging the files would do, writing nothing;
// progress is told after each file.
func (s App) PreviewFiles(ctx context.Context, paths []string, progress func(done, total int)) ([]model.MergeOutcome, error) {
	return exchange.Preview(ctx, s.DB, paths, s.mergeOptions(progress))
}

// ApplyFiles merges the files, one transaction each, after a backup.
func (s App) ApplyFiles(ctx context.Context, paths []string, progress func(done, total int)) ([]model.MergeOutcome, error) {
	out, err := exchange.Apply(ctx, s.DB, paths, s.mergeOptions(progress))
	if err == nil {
		KeepTotals(ctx, s.DB, out...)
	}
	return out, err
}

// KeepTotals computes and keeps the totals of the sheets a merge changed,
// so that the results open at once; nothing is written unless a file was
// applied. It is a speed-up only: what is not kept, the results compute
// from the scores.
func KeepTotals(ctx context.Context, db *storage.DB, outcomes ...model.MergeOutcome) {
	for _, o := range outcomes {
		if o.Status != model.StatusApplied {
			continue
		}
		if err := db.RefreshTotals(ctx); err != nil {
			return // the results compute from the scores what is not kept
		}
		return
	}
}

func (s App) mergeOptions(progress func(done, total int)) exchange.MergeOptions {
	return exchange.MergeOptions{Options: s.options(), Check: s.Check, Progress: progress}
}

// DecideHold accepts or declines a held file, with the reason logged.
func (s App) DecideHold(ctx context.Context, id int64, accept bool, reason string) (model.MergeOutcome, error) {
	out, err := exchange.Decide(ctx, s.DB, id, accept, reason, s.options())
	if err == nil {
		KeepTotals(ctx, s.DB, out)
	}
	return out, err
}

// ExportSetups writes a setup file for every active unit but the leader's
// own into dir, for the period on show.
func (s App) ExportSetups(ctx context.Context, periodID, dir string) ([]model.WrittenFile, error) {
	dir = strings.TrimSpace(dir)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, storage.WriteError(dir, err)
	}
	inst, err := s.Installation(ctx)
	if err != nil {
		return nil, err
	}
	units, err := s.Units(ctx, "")
	if err != nil {
		return nil, err
	}
	var out []model.WrittenFile
	for _, u := range units {
		if u.Status != model.Active || u.ID == inst.UnitID {
			continue
		}
		w, err := exchange.Export(ctx, s.DB, storage.ExportRequest{Kind: model.KindSetup, PeriodID: periodID, UnitID: u.ID},
			dir, s.options())
		if err != nil {
			return out, err
		}
		out = append(out, w)
	}
	return out, nil
}

// ExportOwn writes this installation's file for the period into dir: a
// unit's submission, or the leader's bloc file for the province. The folder
// is remembered for the next export.
func (s App) ExportOwn(ctx context.Context, periodID, dir string) (model.WrittenFile, error) {
	dir = strings.TrimSpace(dir)
	if err := s.SetSetting(ctx, settingExportDir, dir); err != nil {
		return model.WrittenFile{}, err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return model.WrittenFile{}, storage.WriteError(dir, err)
	}
	inst, err := s.Installation(ctx)
	if err != nil {
		return model.WrittenFile{}, err
	}
	kind := model.KindSubmission
	switch inst.Role {
	case model.RoleLeader:
		kind = model.KindBlocFile
	case model.RoleProvince:
		kind = model.KindDecision
	}
	return exchange.Export(ctx, s.DB, storage.ExportRequest{Kind: kind, PeriodID: periodID}, dir, s.options())
}

// ReadFile checks an exchange file without touching the database and
// returns what it is (for the confirmation before joining a bloc).
func (s App) ReadFile(ctx context.Context, path string) (model.FileInfo, error) {
	if err := notAFolder(path); err != nil {
		return model.FileInfo{}, err
	}
	f, err := exchange.Verify(ctx, strings.TrimSpace(path), exchange.VerifyOptions{})
	if err != nil {
		return model.FileInfo{}, err
	}
	info := *f.Info()
	if info.Endorsed, err = exchange.Endorsed(ctx, s.DB, f); err != nil || info.Endorsed {
		return info, err
	}
	info.Endorsed, err = exchange.ProvinceSigned(ctx, s.DB, f)
	return info, err
}

// JoinFile takes a leader's setup file. The leader's key is trusted only if
// its fingerprint is the one the person confirmed (fingerprint, as shown to
// them from ReadFile).
func (s App) JoinFile(ctx context.Context, path, fingerprint string) (model.MergeOutcome, error) {
	if err := notAFolder(path); err != nil {
		return model.MergeOutcome{}, err
	}
	confirm := func(m exchange.Manifest, changed bool) bool {
		return fingerprint != "" && model.SameFingerprint(fingerprint, m.Fingerprint())
	}
	return exchange.Join(ctx, s.DB, strings.TrimSpace(path), exchange.JoinOptions{Options: s.options(), Confirm: confirm})
}

// Fingerprint is this installation's key fingerprint, to read out on the
// phone (the key is made on first use).
func (s App) Fingerprint(ctx context.Context) (string, error) {
	if _, err := s.InstallKey(ctx); err != nil {
		return "", err
	}
	pub, err := s.PublicKey(ctx)
	if err != nil {
		return "", err
	}
	return model.Fingerprint(pub), nil
}

// ImportDir is the folder files were last merged from ("" if none was
// chosen yet).
func (s App) ImportDir(ctx context.Context) (string, error) {
	return s.Setting(ctx, settingImportDir)
}

// RememberImportDir keeps the folder files were taken from, to offer it
// next time.
func (s App) RememberImportDir(ctx context.Context, dir string) error {
	return s.SetSetting(ctx, settingImportDir, dir)
}
