package i18n

// Messages of reading the scoring levels an index table types as rows of
// their own under a criterion (model/table/levels.go), the rows hidden in
// Excel, which are not read, and a second maximum column.
func init() {
	register(map[string]entry{
		"table.levels": {
			"dòng này đến dòng %d là các mức điểm của tiêu chí ở dòng %d (không có số thứ tự, điểm không cộng dồn): đọc là hướng dẫn chấm của tiêu chí đó.",
			"this line to line %d are the scoring levels of the criterion on line %d (no number, points that do not add up): read as its guidance.",
		},
		"table.hidden_row": {
			"dòng này bị ẩn trong Excel: không đọc «%s». Nếu đó là một tiêu chí, hãy bỏ ẩn dòng rồi nhập lại.",
			"this row is hidden in Excel: «%s» is not read. If it is a criterion, unhide the row and import again.",
		},
		"table.two_max": {
			"bảng có hai cột điểm tối đa, «%s» và «%s»: không biết lấy cột nào. Hãy xoá (hoặc đổi tên) cột không dùng rồi nhập lại.",
			"the table has two maximum columns, «%s» and «%s»: which one to take is unclear. Delete (or rename) the one not used and import again.",
		},
	})
}
