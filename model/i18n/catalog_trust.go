package i18n

// Messages of reading untrusted input safely: workbooks within their
// budgets, CSV encodings and quoting, databases that are not thidua's, a
// database held or replaced by another program, folders of exchange files,
// and the few named cases every operating-system, SQLite, zip or XML error
// becomes.
func init() {
	register(map[string]entry{
		// Workbooks.
		"sheet.damaged": {
			"Không đọc được bảng tính: tệp bị hỏng hoặc chưa được lưu trọn vẹn (ví dụ tải về chưa xong). Không có gì được nhập. Hãy mở tệp bằng Excel, lưu lại dưới dạng Excel Workbook (.xlsx) rồi nhập lại, hoặc xin lại tệp từ người gửi.",
			"The workbook cannot be read: the file is damaged or incomplete (a download that did not finish, for instance). Nothing was imported. Open it in Excel, save it as an Excel Workbook (.xlsx) and import it again, or ask the sender for the file again.",
		},
		"sheet.damaged_sheet": {
			"Không đọc được trang tính «%s»: tệp bị hỏng hoặc chưa được lưu trọn vẹn. Không có gì được nhập. Hãy mở tệp bằng Excel, lưu lại dưới dạng Excel Workbook (.xlsx) rồi nhập lại, hoặc xin lại tệp từ người gửi.",
			"Sheet «%s» cannot be read: the file is damaged or incomplete. Nothing was imported. Open it in Excel, save it as an Excel Workbook (.xlsx) and import it again, or ask the sender for the file again.",
		},
		"sheet.unreadable": {
			"Không đọc được tệp bảng tính này: cấu trúc của tệp lạ đến mức thidua không đọc được. Không có gì được nhập. Hãy mở tệp bằng Excel, lưu lại dưới dạng Excel Workbook (.xlsx) rồi nhập lại.",
			"This workbook cannot be read: its structure is too unusual for thidua. Nothing was imported. Open it in Excel, save it as an Excel Workbook (.xlsx) and import it again.",
		},
		"sheet.no_worksheet": {
			"Bảng tính không có trang tính nào có ô dữ liệu (chỉ có biểu đồ hoặc hình). Không có gì được nhập. Hãy chọn tệp có bảng cần nhập.",
			"The workbook has no sheet with cells (only charts or pictures). Nothing was imported. Choose the file that holds the table.",
		},
		"sheet.limit_unpacked": {
			"Tệp bảng tính khi giải nén lớn hơn %d MB, quá lớn đối với một bảng tiêu chí, bảng điểm hay danh sách đơn vị (có thể là tệp cố ý làm đầy bộ nhớ). Không có gì được nhập. Hãy chép riêng bảng cần nhập sang một bảng tính mới (chọn bảng, Sao chép, tạo bảng tính mới, Dán) rồi nhập tệp đó.",
			"The workbook unpacks to more than %d MB, too much for a criteria table, a score sheet or a list of units (it may be a file made to fill the memory). Nothing was imported. Copy just the table into a new workbook (select it, Copy, New workbook, Paste) and import that.",
		},
		"sheet.limit_parts": {
			"Tệp bảng tính chứa hơn %d thành phần bên trong, nhiều hơn mọi bảng tính thông thường. Không có gì được nhập. Hãy chép riêng bảng cần nhập sang một bảng tính mới rồi nhập tệp đó.",
			"The workbook holds more than %d parts inside, more than any ordinary workbook. Nothing was imported. Copy just the table into a new workbook and import that.",
		},
		"sheet.limit_sheets": {
			"Bảng tính có hơn %d trang tính. Không có gì được nhập. Hãy chép riêng trang tính cần nhập sang một bảng tính mới rồi nhập tệp đó.",
			"The workbook has more than %d sheets. Nothing was imported. Copy just the sheet you need into a new workbook and import that.",
		},
		"sheet.limit_rows": {
			"Trang tính «%s» có dữ liệu ở dòng %d: bảng tính có hơn %d dòng, nhiều hơn mọi bảng tiêu chí hay bảng điểm. Không có gì được nhập. Hãy xóa các dòng thừa ở cuối trang (hoặc chép riêng bảng cần nhập sang một bảng tính mới) rồi nhập lại.",
			"Sheet «%s» has data on row %d: the workbook has more than %d rows, more than any criteria table or score sheet. Nothing was imported. Delete the stray rows at the end of the sheet (or copy just the table into a new workbook) and import again.",
		},
		"sheet.limit_columns": {
			"Trang tính «%s» có dữ liệu ở hơn %d cột khác nhau. Không có gì được nhập. Hãy xóa các cột thừa (hoặc chép riêng bảng cần nhập sang một bảng tính mới) rồi nhập lại.",
			"Sheet «%s» has data in more than %d different columns. Nothing was imported. Delete the stray columns (or copy just the table into a new workbook) and import again.",
		},
		"sheet.limit_cells": {
			"Bảng tính có hơn %d ô có dữ liệu, nhiều hơn mọi bảng tiêu chí hay bảng điểm. Không có gì được nhập. Hãy chép riêng bảng cần nhập sang một bảng tính mới rồi nhập tệp đó.",
			"The workbook has more than %d cells with data, more than any criteria table or score sheet. Nothing was imported. Copy just the table into a new workbook and import that.",
		},
		"sheet.limit_merges": {
			"Trang tính «%s» có hơn %d vùng gộp ô. Không có gì được nhập. Hãy bỏ gộp các ô thừa (Trang đầu, Gộp và Căn giữa, Bỏ gộp) hoặc chép riêng bảng cần nhập sang một bảng tính mới rồi nhập lại.",
			"Sheet «%s» has more than %d merged ranges. Nothing was imported. Unmerge the stray cells (Home, Merge & Center, Unmerge) or copy just the table into a new workbook and import again.",
		},
		"sheet.limit_strings": {
			"Bảng tính có hơn %d đoạn chữ hoặc hơn %d MB chữ, nhiều hơn mọi bảng tiêu chí hay bảng điểm. Không có gì được nhập. Hãy chép riêng bảng cần nhập sang một bảng tính mới rồi nhập tệp đó.",
			"The workbook has more than %d pieces of text or more than %d MB of text, more than any criteria table or score sheet. Nothing was imported. Copy just the table into a new workbook and import that.",
		},
		"sheet.limit_text": {
			"Ô %s có hơn %d ký tự, dài hơn Excel cho phép trong một ô. Không có gì được nhập. Hãy mở tệp bằng Excel, rút ngắn ô đó rồi lưu và nhập lại.",
			"Cell %s holds more than %d characters, more than Excel allows in a cell. Nothing was imported. Open the file in Excel, shorten that cell, save and import again.",
		},
		"sheet.limit_text_shared": {
			"Bảng tính có một đoạn chữ dài hơn %d ký tự, dài hơn Excel cho phép trong một ô. Không có gì được nhập. Hãy mở tệp bằng Excel, lưu lại dưới dạng Excel Workbook (.xlsx) rồi nhập lại.",
			"The workbook holds a text longer than %d characters, more than Excel allows in a cell. Nothing was imported. Open the file in Excel, save it as an Excel Workbook (.xlsx) and import it again.",
		},
		"sheet.limit_styles": {
			"Bảng tính có hơn %d kiểu định dạng ô. Không có gì được nhập. Hãy chép riêng bảng cần nhập sang một bảng tính mới (Dán giá trị) rồi nhập tệp đó.",
			"The workbook has more than %d cell formats. Nothing was imported. Copy just the table into a new workbook (Paste Values) and import that.",
		},
	})
}
