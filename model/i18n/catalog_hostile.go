package i18n

// Messages of the files outsiders try at every door: CSV tables longer than
// any real one, SQLite files dressed as thidua's, a database another
// program holds locked.
func init() {
	register(map[string]entry{
		"csv.limit_rows": {
			"Tệp CSV có dữ liệu ở dòng %d: hơn %d dòng, nhiều hơn mọi bảng tiêu chí, bảng điểm hay danh sách. Không có gì được nhập. Hãy kiểm tra đúng là tệp cần nhập, hoặc xóa các dòng thừa rồi nhập lại.",
			"The CSV file has data on line %d: more than %d lines, more than any criteria table, score sheet or list. Nothing was imported. Check that it is the right file, or delete the stray lines and import again.",
		},
		"db.busy": {
			"Cơ sở dữ liệu %s đang bị một chương trình khác khóa (không phải thidua: ví dụ một trình xem SQLite, hay chương trình sao lưu, đồng bộ tệp). Không có gì được lưu; những gì đã lưu trước đó vẫn còn nguyên. Hãy đóng chương trình đó rồi làm lại.",
			"The database %s is locked by another program (not thidua: a SQLite browser, a backup or file sync program, for instance). Nothing was saved; what was saved before is intact. Close that program, then try again.",
		},
		"exchange.working_db": {
			"Đây là cơ sở dữ liệu làm việc của thidua (tệp .db của một máy), không phải tệp gửi; không nhập. Đề nghị bên gửi làm tệp gửi (màn hình Trao đổi tệp, phím x «làm tệp gửi», hoặc lệnh thidua export) rồi gửi tệp TD-….sqlite đó.",
			"This is a thidua working database (one computer's .db file), not a file to send; not merged. Ask the sender to write the file to send (the Exchange screen, key x «write file», or thidua export) and send that TD-….sqlite file.",
		},
		"sheet.cli.formats_in": {
			"%s: thidua đọc tệp Excel (.xlsx) và CSV (.csv). Nếu đây là bảng tính khác (.xls, .ods, Google Sheets, WPS), hãy mở bằng Excel hoặc LibreOffice, lưu lại dưới dạng Excel Workbook (.xlsx) rồi nhập tệp đó.",
			"%s: thidua reads Excel (.xlsx) and CSV (.csv) files. If it is another spreadsheet (.xls, .ods, Google Sheets, WPS), open it in Excel or LibreOffice, save it as an Excel Workbook (.xlsx) and import that file.",
		},
		"csv.limit_cells": {
			"Tệp CSV đến dòng %d đã có hơn %d ô, nhiều hơn mọi bảng tiêu chí, bảng điểm hay danh sách. Không có gì được nhập. Hãy kiểm tra đúng là tệp cần nhập, hoặc xóa các cột thừa rồi nhập lại.",
			"The CSV file holds more than %[2]d cells by line %[1]d, more than any criteria table, score sheet or list. Nothing was imported. Check that it is the right file, or delete the stray columns and import again.",
		},
		"exchange.duplicate_batch": {
			"Cùng nội dung với tệp %s trong lần nhận này (một tệp gửi hai lần, dưới hai tên); chỉ nhập một lần.",
			"The same content as %s in this batch (one file sent twice, under two names); imported once.",
		},
		"xtui.skipped": {
			"Bỏ qua %d mục không phải tệp thường (lối tắt, thiết bị…): %s. Muốn nhập thì chép chính tệp vào thư mục.",
			"Skipped %d entries that are not ordinary files (shortcuts, devices…): %s. To merge one, copy the file itself into the folder.",
		},
		"xtui.only_skipped": {
			"Trong %s không có tệp thidua thường; bỏ qua %d mục (lối tắt, thiết bị…): %s. Hãy chép chính các tệp vào thư mục rồi chọn lại.",
			"There are no ordinary thidua files in %s; skipped %d entries (shortcuts, devices…): %s. Copy the files themselves into the folder and pick it again.",
		},
	})
}
