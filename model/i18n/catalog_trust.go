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

		// CSV files.
		"csv.encoding": {
			"Tệp CSV không được lưu theo mã UTF-8 (dòng %d có ký tự không đọc được; có thể tệp được lưu theo bảng mã Windows-1258, TCVN3 hoặc VNI). Không có gì được nhập. Hãy mở tệp bằng Excel, chọn Tệp > Lưu thành, kiểu «CSV UTF-8 (Comma delimited) (*.csv)», rồi nhập tệp mới.",
			"The CSV file is not saved as UTF-8 (line %d holds characters that cannot be read; it may be saved as Windows-1258, TCVN3 or VNI). Nothing was imported. Open it in Excel, choose File > Save As, type «CSV UTF-8 (Comma delimited) (*.csv)», and import the new file.",
		},
		"csv.unterminated_quote": {
			"Dòng %d: dấu ngoặc kép (\") mở ở dòng này không được đóng lại, nên không rõ ô kết thúc ở đâu. Không có gì được nhập. Hãy thêm dấu ngoặc kép đóng, hoặc mở tệp bằng Excel rồi lưu lại dưới dạng CSV UTF-8.",
			"Line %d: the quote (\") opened on this line is never closed, so it is not clear where the cell ends. Nothing was imported. Add the closing quote, or open the file in Excel and save it again as CSV UTF-8.",
		},
		"csv.bad_quote": {
			"Dòng %d: sau dấu ngoặc kép đóng một ô còn có chữ khác trong cùng ô. Không có gì được nhập. Trong một ô có ngoặc kép, hãy viết dấu ngoặc kép bên trong thành hai dấu (\"\"), hoặc mở tệp bằng Excel rồi lưu lại dưới dạng CSV UTF-8.",
			"Line %d: a cell has more text after its closing quote. Nothing was imported. Inside a quoted cell write a quote twice (\"\"), or open the file in Excel and save it again as CSV UTF-8.",
		},
		"csv.too_large": {
			"Tệp CSV lớn hơn %d MB, không phải là bảng tiêu chí, danh sách đơn vị hay bảng điểm. Không có gì được nhập. Hãy kiểm tra lại tệp.",
			"The CSV file is larger than %d MB: it is not a criteria table, a list of units or a score sheet. Nothing was imported. Check the file.",
		},
		"csv.too_wide": {
			"Dòng %d có hơn %d cột. Không có gì được nhập. Hãy kiểm tra lại tệp (có thể chọn nhầm dấu phân cách).",
			"Line %d has more than %d columns. Nothing was imported. Check the file (the separator may be wrong).",
		},
		"csv.field_too_long": {
			"Dòng %d có một ô dài hơn %d ký tự. Không có gì được nhập. Hãy kiểm tra lại tệp (có thể thiếu một dấu ngoặc kép).",
			"Line %d has a cell longer than %d characters. Nothing was imported. Check the file (a quote may be missing).",
		},
		"csv.twice": {
			"tiêu chí %s đã có ở dòng %d; mỗi tiêu chí chỉ được ghi một lần trong một lần nhập. Không có gì được nhập; hãy bỏ một trong hai dòng.",
			"criterion %s is already on line %d; each criterion may be given once in an import. Nothing was imported; remove one of the two lines.",
		},
		"score.twice": {
			"%s và %s cùng là một tiêu chí; mỗi tiêu chí chỉ được ghi một lần. Không có điểm nào được lưu; hãy bỏ một trong hai.",
			"%s and %s are the same criterion; each criterion may be given once. No score was saved; remove one of the two.",
		},
		"entry.twice": {
			"%s và %s cùng nói về một tiêu chí; mỗi tiêu chí chỉ được ghi một lần. Không có gì được lưu; hãy bỏ một trong hai.",
			"%s and %s are about the same criterion; each criterion may be given once. Nothing was saved; remove one of the two.",
		},

		// Databases that are not thidua's, and held or replaced ones.
		"db.foreign": {
			"%s là cơ sở dữ liệu SQLite của một chương trình khác (có %d bảng và mục: %s), không phải của thidua. Tệp không bị thay đổi. Hãy chọn đúng tệp dữ liệu thidua, hoặc một tên tệp mới.",
			"%s is another program's SQLite database (it holds %d tables and other items: %s), not thidua's. The file was not changed. Choose the right thidua database, or a new file name.",
		},
		"db.in_use": {
			"Cơ sở dữ liệu %s đang được một lệnh thidua khác mở (tiến trình %d, từ %s). Không có gì bị thay đổi. Hãy đợi lệnh đó chạy xong rồi làm lại.",
			"The database %s is open in another thidua command (process %d, since %s). Nothing was changed. Wait for that command to finish, then try again.",
		},
		"db.in_use_ui": {
			"Cơ sở dữ liệu %s đang được mở trong một cửa sổ thidua khác (tiến trình %d, từ %s). Không có gì bị thay đổi. Hãy thoát thidua ở cửa sổ đó (phím q) rồi làm lại.",
			"The database %s is open in another thidua window (process %d, since %s). Nothing was changed. Quit thidua in that window (key q), then try again.",
		},
		"db.being_replaced": {
			"Cơ sở dữ liệu %s đang được một chương trình thidua khác thay thế (khôi phục bản sao lưu hoặc ghi dữ liệu mẫu). Hãy đợi một lát rồi mở lại.",
			"The database %s is being replaced by another thidua (restoring a backup or writing the demo). Wait a moment, then open it again.",
		},
		"db.replaced": {
			"Tệp %s đã bị chương trình khác thay thế, đổi tên hoặc xóa. thidua đã ngừng lưu: giá trị nào chưa báo đã lưu thì chưa có trong tệp. Hãy ghi lại các giá trị đó, thoát thidua (q) rồi mở lại.",
			"The file %s was replaced, renamed or deleted by another program. thidua has stopped saving: a value not reported saved is not in the file. Note those values, quit thidua (q) and open it again.",
		},

		"file.cannot_use": {"Không dùng được %s: %s", "Cannot use %s: %s"},

		"file.not_regular": {
			"%s không phải là một tệp thường mà là %s; thidua không đọc nó. Hãy chọn đúng tệp.",
			"%s is not an ordinary file but %s; thidua does not read it. Choose the right file.",
		},
		"kind.link":   {"một liên kết (lối tắt) tới chỗ khác", "a link (shortcut) to somewhere else"},
		"kind.folder": {"một thư mục", "a folder"},
		"kind.pipe":   {"một đường ống (pipe)", "a pipe"},
		"kind.socket": {"một cổng giao tiếp (socket)", "a socket"},
		"kind.device": {"một thiết bị", "a device"},
		"kind.other":  {"một tệp đặc biệt", "a special file"},
		"exchange.cli.skipped": {
			"%s  [—] bỏ qua: đây là %s. Trong một thư mục chỉ các tệp .sqlite thường được đọc; hãy chép chính tệp đó vào thư mục nếu cần nhập.",
			"%s  [—] skipped: it is %s. In a folder only ordinary .sqlite files are read; copy the file itself into the folder if it should be merged.",
		},

		// The command line.
		"cli.flag_needs_value": {"tùy chọn %s cần một giá trị.", "the option %s needs a value."},
		"cli.flag_bad_value":   {"giá trị %q không hợp lệ cho tùy chọn %s.", "%q is not a valid value for the option %s."},
		"cli.error_log":        {"Chi tiết kỹ thuật đã được ghi vào %s.", "The technical details were written to %s."},

		// The named reasons every operating-system, SQLite, zip or XML error
		// becomes; each completes a sentence that names the file.
		"reason.read_only": {
			"tệp hoặc thư mục chỉ cho phép đọc (hoặc USB bị khóa chống ghi). Hãy chọn thư mục khác, hoặc bỏ chế độ chỉ đọc rồi làm lại",
			"the file or its folder is read-only (or a write-protected USB stick). Choose another folder, or make it writable, then try again",
		},
		"reason.denied": {
			"máy không cho phép thidua dùng tệp hoặc thư mục này (thiếu quyền). Hãy chọn thư mục khác, ví dụ trong thư mục Tài liệu, rồi làm lại",
			"this computer does not let thidua use the file or folder (no permission). Choose another folder, such as one in Documents, then try again",
		},
		"reason.disk_full": {
			"ổ đĩa đã đầy. Hãy xóa bớt tệp hoặc chọn ổ khác rồi làm lại",
			"the disk is full. Free some space or choose another drive, then try again",
		},
		"reason.name_too_long": {
			"tên tệp hoặc đường dẫn quá dài. Hãy đặt tên ngắn hơn hoặc chọn thư mục gần gốc ổ đĩa hơn rồi làm lại",
			"the file name or path is too long. Choose a shorter name or a folder nearer the top of the drive, then try again",
		},
		"reason.not_folder": {
			"một phần của đường dẫn là tệp, không phải thư mục. Hãy kiểm tra lại đường dẫn",
			"part of the path is a file, not a folder. Check the path",
		},
		"reason.is_folder": {
			"đây là một thư mục, không phải tệp. Hãy chỉ tới tệp",
			"it is a folder, not a file. Point to the file",
		},
		"reason.not_found": {
			"không có tệp hoặc thư mục này. Hãy kiểm tra lại tên và đường dẫn",
			"there is no such file or folder. Check the name and the path",
		},
		"reason.damaged": {
			"tệp bị hỏng hoặc chưa được chép trọn vẹn. Hãy chép lại tệp từ nơi gửi, hoặc xin gửi lại",
			"the file is damaged or was not copied whole. Copy it again from where it came, or ask for it again",
		},
		"reason.too_large": {
			"tệp quá lớn. Hãy kiểm tra đúng là tệp cần dùng",
			"the file is too large. Check that it is the right file",
		},
		"reason.in_use": {
			"tệp đang được một chương trình khác mở (ví dụ Excel). Hãy đóng chương trình đó rồi làm lại",
			"another program has the file open (Excel, for instance). Close it, then try again",
		},
		"reason.device": {
			"ổ đĩa hoặc USB báo lỗi khi đọc hay ghi. Hãy chép tệp vào ổ đĩa của máy, hoặc thử USB khác",
			"the disk or USB stick failed to read or write. Copy the file to this computer's disk, or try another USB stick",
		},
		"reason.interrupted": {
			"việc đã bị dừng giữa chừng; không có gì bị thay đổi. Hãy làm lại",
			"it was stopped half-way; nothing was changed. Try again",
		},
		"reason.other": {
			"máy báo lỗi khi dùng tệp (chạy lại với --debug để xem chi tiết). Hãy kiểm tra tệp và thư mục rồi làm lại",
			"the computer failed to use the file (run again with --debug for the details). Check the file and its folder, then try again",
		},
	})
}
