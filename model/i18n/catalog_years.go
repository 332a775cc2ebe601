package i18n

// Messages of the passage from one year to the next (issue 15): the
// election of the next leader and deputy at the year-end meeting, a new
// period started from the last, what changed in the criteria table, and
// each unit's history across the periods.
func init() {
	register(map[string]entry{
		// The election's vote.
		"election.format": {
			"Số phiếu %s không đúng: gõ 4 số — phát ra/thu vào/hợp lệ/đồng ý, ví dụ 9/9/9/7.",
			"The vote %s is not right: type 4 numbers — issued/returned/valid/for, e.g. 9/9/9/7.",
		},
		"election.counts": {
			"Số phiếu không khớp (phát ra %d, thu vào %d, hợp lệ %d, đồng ý %d): phiếu thu vào không quá phiếu phát ra, phiếu hợp lệ không quá phiếu thu vào, phiếu đồng ý không quá phiếu hợp lệ.",
			"The counts do not add up (issued %d, returned %d, valid %d, for %d): no more returned than issued, no more valid than returned, no more votes for than valid ballots.",
		},
		"election.no_unit": {
			"Đã ghi số phiếu nhưng chưa chọn đơn vị được bầu: chọn đơn vị ở ô trên, hoặc xóa số phiếu.",
			"Votes are typed but no unit is chosen: choose the unit elected in the field above, or clear the votes.",
		},
		"meeting.f.leader_vote": {"Phiếu bầu Khối trưởng", "Votes for leader"},
		"meeting.f.deputy_vote": {"Phiếu bầu Khối phó", "Votes for deputy"},
		"meeting.vote_hint": {
			"phát ra/thu vào/hợp lệ/đồng ý, ví dụ 9/9/9/7; để trống nếu không bỏ phiếu",
			"issued/returned/valid/for, e.g. 9/9/9/7; empty when there was no ballot",
		},
		"meeting.vote_text": {"%d/%d phiếu hợp lệ, %s%%", "%d of %d valid ballots, %s%%"},
		"minutes.elected": {
			"%s: %s — phiếu phát ra %d, thu vào %d, hợp lệ %d, không hợp lệ %d; đồng ý %d/%d phiếu hợp lệ, đạt %s%%.",
			"%s: %s — ballots issued %d, returned %d, valid %d, invalid %d; %d of %d valid ballots in favour, %s%%.",
		},
		"minutes.leader_word": {"- Khối trưởng", "- Leader"},
		"minutes.deputy_word": {"- Khối phó", "- Deputy"},
	})
}
