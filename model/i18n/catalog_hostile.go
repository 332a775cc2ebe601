package i18n

// Messages of the files outsiders try at every door: CSV tables longer than
// any real one, SQLite files dressed as thidua's, a database another
// program holds locked.
func init() {
	register(map[string]entry{
		"csv.limit_rows": {
			"Tệp CSV có dữ liệu ở dòng %d: hơn %d dòng, nhiều hơn mọi bảng tiêu chí hay danh sách cán bộ. Không có gì được nhập. Hãy kiểm tra đúng là tệp cần nhập, hoặc xóa các dòng thừa rồi nhập lại.",
			"The CSV file has data on line %d: more than %d lines, more than any criteria table or staff list. Nothing was imported. Check that it is the right file, or delete the stray lines and import again.",
		},
	})
}
