package model

import (
	"strings"

	"thidua/model/i18n"
)

// Why a backup was taken. The reason names the backup file in ASCII, as
// every version of thidua named them, and the recovery screen says it in
// words (BackupLabel).
const (
	BackupManual         = "sao-luu-thu-cong"
	BackupBeforeMerge    = "truoc-khi-nhap-tep"
	BackupBeforeHold     = "truoc-khi-nhan-tep-cho"
	BackupBeforeSetup    = "truoc-khi-cap-nhat-thiet-lap"
	BackupBeforeScores   = "truoc-khi-nhap-diem"
	BackupBeforeCriteria = "truoc-khi-nhap-bang-tieu-chi"
	BackupBeforeDemo     = "truoc-khi-ghi-du-lieu-mau"
	BackupBeforeHandover = "truoc-khi-ban-giao"
)

// BackupLabel says why a backup was taken, in language l: the reason in
// words when thidua knows it, else as the backup's file name has it.
func BackupLabel(l i18n.Lang, reason string) string {
	if id := "backup." + strings.ReplaceAll(reason, "-", "_"); i18n.Has(id) {
		return i18n.T(l, id)
	}
	return reason
}
