<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>messages</name>
    <message>
        <source>Please sign with your finger in the box before continuing.</source>
        <comment>agreement.signature_missing</comment>
        <translation>请先用手指在框内签名，再继续。</translation>
    </message>
    <message>
        <source>Agreement signed. You can check in now.</source>
        <comment>agreement.signed</comment>
        <translation>协议已签好，现在可以打卡上班了。</translation>
    </message>
    <message>
        <source>Before the first check-in, please read and sign the work agreement.</source>
        <comment>attendance.agreement_needed</comment>
        <translation>第一次上班打卡前，请先看一下并签署用工协议。</translation>
    </message>
    <message>
        <source>You checked in already at {time}.</source>
        <comment>attendance.already_in</comment>
        <translation>您已在 {time} 打过上班卡了。</translation>
    </message>
    <message>
        <source>Checked in at {time}. Have a safe day's work.</source>
        <comment>attendance.in</comment>
        <translation>{time} 上班打卡成功，注意安全。</translation>
    </message>
    <message>
        <source>You have not checked in today, so you cannot check out.</source>
        <comment>attendance.not_checked_in</comment>
        <translation>您今天还没有打上班卡，不能打下班卡。</translation>
    </message>
    <message>
        <source>You have no confirmed place on this job, so you cannot check in. Ask staff for help.</source>
        <comment>attendance.not_confirmed</comment>
        <translation>您在这个岗位没有确认的名额，无法打卡，请找工作人员。</translation>
    </message>
    <message>
        <source>This job is not on today (it runs {start} to {end}). Check in on the day of work.</source>
        <comment>attendance.not_today</comment>
        <translation>这个活不在今天（{start} 至 {end}），请在开工当天打卡。</translation>
    </message>
    <message>
        <source>Checked out at {time}: {hours} hours, {pay} yuan due.</source>
        <comment>attendance.out</comment>
        <translation>{time} 下班打卡成功：工作 {hours} 小时，应得 {pay} 元。</translation>
    </message>
    <message>
        <source>Checked out at {time}: {hours} hours, {pieces} pieces, {pay} yuan due.</source>
        <comment>attendance.out_pieces</comment>
        <translation>{time} 下班打卡成功：工作 {hours} 小时，完成 {pieces} 件，应得 {pay} 元。</translation>
    </message>
    <message>
        <source>The station database failed its integrity check ({detail}); no backup was written.</source>
        <comment>backup.db_damaged</comment>
        <translation>本站数据库完整性检查未通过（{detail}），没有写出备份。</translation>
    </message>
    <message>
        <source>The station home already has data. Restore into an empty folder, or pass --force (a safety copy of the current station is kept under backups/).</source>
        <comment>backup.home_in_use</comment>
        <translation>目标目录已有驿站数据。请恢复到空目录，或加 --force（会先把现有数据另存到 backups/ 下）。</translation>
    </message>
    <message>
        <source>The station home still has {count} records not yet sent to the central server; restoring over it would lose them. Sync first (kiosk sync --once), or pass --force (a safety copy of the current station is kept under backups/).</source>
        <comment>backup.home_unsent</comment>
        <translation>目标驿站还有 {count} 条记录没有上传到中心服务器，直接恢复会丢失。请先同步（kiosk sync --once），或加 --force（会先把现有数据另存到 backups/ 下）。</translation>
    </message>
    <message>
        <source>This file is not a station backup, or it is damaged or incomplete. Nothing was changed; try another copy.</source>
        <comment>backup.invalid</comment>
        <translation>这个文件不是驿站备份，或已损坏、不完整。没有做任何改动，请换一份备份。</translation>
    </message>
    <message>
        <source>Backup file not found: {path}</source>
        <comment>backup.no_file</comment>
        <translation>找不到备份文件：{path}</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or pass --force to replace it.</source>
        <comment>backup.out_exists</comment>
        <translation>{path} 已存在。请换个文件名，或加 --force 覆盖。</translation>
    </message>
    <message>
        <source>A backup file name must end in .tar.gz or .tgz: {path}</source>
        <comment>backup.out_type</comment>
        <translation>备份文件名要以 .tar.gz 或 .tgz 结尾：{path}</translation>
    </message>
    <message>
        <source>Enter the year of birth as four digits, for example 1975.</source>
        <comment>birth_year.bad</comment>
        <translation>出生年份请填4位数字，例如 1975。</translation>
    </message>
    <message>
        <source>Born in {year}, the person would be {age} this year, over 100; check the year of birth.</source>
        <comment>birth_year.too_old</comment>
        <translation>按出生年份{year}算，今年{age}岁，超过100岁，请核对出生年份。</translation>
    </message>
    <message>
        <source>Born in {year}, the person is {age} this year; workers must be at least 16. Correct the year if it is a typo.</source>
        <comment>birth_year.too_young</comment>
        <translation>按出生年份{year}算，今年{age}岁，未满16周岁不能登记求职；如果输错了请改正。</translation>
    </message>
    <message>
        <source>Pick one of the call results.</source>
        <comment>call.bad_result</comment>
        <translation>请选择一个回访结果。</translation>
    </message>
    <message>
        <source>Call result saved.</source>
        <comment>call.recorded</comment>
        <translation>回访结果已记录。</translation>
    </message>
    <message>
        <source>The camera is not connected. Please check the cable; it comes back by itself once it is plugged in.</source>
        <comment>camera.missing</comment>
        <translation>摄像头没有连接。请检查连线，接好后会自动恢复。</translation>
    </message>
    <message>
        <source>This station has no camera set up. Please use the card scanner, or ask the staff for help.</source>
        <comment>camera.none</comment>
        <translation>本机没有设置摄像头。请使用扫码器，或找工作人员帮忙。</translation>
    </message>
    <message>
        <source>The camera is working.</source>
        <comment>camera.ok</comment>
        <translation>摄像头工作正常。</translation>
    </message>
    <message>
        <source>The camera pictures in {source} cannot be read. The station keeps trying by itself.</source>
        <comment>camera.source_missing</comment>
        <translation>读不到摄像头画面（{source}）。本机会自动重试。</translation>
    </message>
    <message>
        <source>The camera is switched off.</source>
        <comment>camera.stopped</comment>
        <translation>摄像头已关闭。</translation>
    </message>
    <message>
        <source>More than one worker here has the number {worker_no}: {choices}. Type the full number of the one you mean.</source>
        <comment>card.ambiguous</comment>
        <translation>本站不止一位工友的编号是 {worker_no}：{choices}。请输入要找的那位的完整编号。</translation>
    </message>
    <message>
        <source>This card could not be read completely. Please hold it flat and still, or ask the staff for a new card.</source>
        <comment>card.damaged</comment>
        <translation>这张卡没有读完整。请把卡放平、拿稳再试一次，或找工作人员补一张新卡。</translation>
    </message>
    <message>
        <source>This card expired on {expires}. Please ask the staff for a new card.</source>
        <comment>card.expired</comment>
        <translation>这张卡已于 {expires} 过期。请找工作人员换一张新卡。</translation>
    </message>
    <message>
        <source>This card cannot be verified. Please ask the staff for help.</source>
        <comment>card.forged</comment>
        <translation>这张卡无法验证，请找工作人员。</translation>
    </message>
    <message>
        <source>{worker_no} already has a valid card (no. {seq}) that was made at another station; this station cannot print that card again. To give them a new card, use --reissue: their old card then stops working.</source>
        <comment>card.held_elsewhere</comment>
        <translation>{worker_no} 已有一张有效的工作证（第 {seq} 张），是在别的驿站制作的，本站无法重印。如需补办新卡，请加 --reissue：旧卡随即作废。</translation>
    </message>
    <message>
        <source>The station that issued this card can no longer issue cards, so the card cannot be used. Please ask the staff for a new card.</source>
        <comment>card.key_revoked</comment>
        <translation>发这张卡的驿站密钥已停用，这张卡不能再用。请找工作人员换一张新卡。</translation>
    </message>
    <message>
        <source>There is no worker with number {worker_no} at this station (`kiosk workers` lists them).</source>
        <comment>card.no_worker</comment>
        <translation>本站没有编号为 {worker_no} 的工友（可用 kiosk workers 查看名单）。</translation>
    </message>
    <message>
        <source>{name} has no valid card yet. Issue a card first.</source>
        <comment>card.none_active</comment>
        <translation>{name} 还没有有效的工作证，请先制卡。</translation>
    </message>
    <message>
        <source>This is not a worker card. Please show the QR code on your worker card, or ask the staff.</source>
        <comment>card.not_a_card</comment>
        <translation>这不是零工工作卡。请出示工作卡上的二维码，或找工作人员帮忙。</translation>
    </message>
    <message>
        <source>Say where the card goes: --out FILE and/or --print.</source>
        <comment>card.out_none</comment>
        <translation>请指定工作证输出：--out 文件 或 --print。</translation>
    </message>
    <message>
        <source>The card file must end in .png or .pdf: {path}</source>
        <comment>card.out_type</comment>
        <translation>工作证文件名要以 .png 或 .pdf 结尾：{path}</translation>
    </message>
    <message>
        <source>This card has been replaced or cancelled. Please ask the staff for your current card.</source>
        <comment>card.revoked</comment>
        <translation>这张卡已作废（已补办或注销）。请找工作人员领取现在有效的卡。</translation>
    </message>
    <message>
        <source>Card of {worker_no} saved to {path}.</source>
        <comment>card.saved</comment>
        <translation>{worker_no} 的工作证已保存到 {path}。</translation>
    </message>
    <message>
        <source>This card was issued by a station this one does not know yet. Please ask the staff; it usually works again after the station syncs.</source>
        <comment>card.unknown_station</comment>
        <translation>这张卡由本站还不认识的驿站发放。请找工作人员；本站联网同步后通常就能识别。</translation>
    </message>
    <message>
        <source>This card is newer than this station's software. Please ask the staff to update the station.</source>
        <comment>card.unsupported_version</comment>
        <translation>这张卡的版本比本站软件新。请找工作人员更新本站软件。</translation>
    </message>
    <message>
        <source>Worker card accepted.</source>
        <comment>card.valid</comment>
        <translation>工作卡验证通过。</translation>
    </message>
    <message>
        <source>Your card is valid, but your profile here is paused. Please ask the staff.</source>
        <comment>card.worker_inactive</comment>
        <translation>您的卡有效，但您在本站的档案已暂停使用。请找工作人员。</translation>
    </message>
    <message>
        <source>Your card is valid, but this station does not have your details yet. Please ask the staff; they can fetch or register your profile.</source>
        <comment>card.worker_not_known</comment>
        <translation>您的卡有效，但本站还没有您的资料。请找工作人员帮您调取或登记资料。</translation>
    </message>
    <message>
        <source>Worker card issued for {name}.</source>
        <comment>cardop.issued</comment>
        <translation>已为 {name} 制作工作证。</translation>
    </message>
    <message>
        <source>The old card of {name} no longer works.</source>
        <comment>cardop.revoked</comment>
        <translation>{name} 的旧卡已作废。</translation>
    </message>
    <message>
        <source>The age in days must be 0 or more (you gave {days}).</source>
        <comment>central.bad_days</comment>
        <translation>天数必须是 0 或更大的整数（您输入的是 {days}）。</translation>
    </message>
    <message>
        <source>{option}: '{value}' is not one of the choices. Use a code or a Chinese name: {choices}</source>
        <comment>central.bad_option_choice</comment>
        <translation>{option}：“{value}”不是可选项。请写下列代码或中文名之一：{choices}</translation>
    </message>
    <message>
        <source>{option}: '{value}' is not a date and time like 2026-11-21 08:00.</source>
        <comment>central.bad_option_time</comment>
        <translation>{option}：“{value}”不是“2026-11-21 08:00”这样的日期时间。</translation>
    </message>
    <message>
        <source>Job {job_id} ({title}) was already {state_en}; nothing changed.</source>
        <comment>central.job_already_closed</comment>
        <translation>岗位 {job_id}（{title}）之前已经{state_zh}，这次没有改动。</translation>
    </message>
    <message>
        <source>Job {job_id} ({title}) {state_en}: it leaves every station's job list and wall board at their next sync.</source>
        <comment>central.job_closed</comment>
        <translation>岗位 {job_id}（{title}）已{state_zh}：各驿站下次同步后，它会从岗位列表和大屏上撤下。</translation>
    </message>
    <message>
        <source>There is no job {job_id} on this server, so nothing was closed. Check the id: `job add` prints it, and `job import --json` lists each row's job_id.</source>
        <comment>central.job_not_found</comment>
        <translation>本服务器上没有编号为 {job_id} 的岗位，没有关闭任何岗位。请核对编号：`job add` 会打印编号，`job import --json` 会列出每行的 job_id。</translation>
    </message>
    <message>
        <source>There is no station named {name}: `kiosk-central station list` shows the names.</source>
        <comment>central.no_station</comment>
        <translation>没有名为 {name} 的站点：`kiosk-central station list` 会列出站点名。</translation>
    </message>
    <message>
        <source>{option}: {detail_en}</source>
        <comment>central.option_problem</comment>
        <translation>选项 {option}：{detail_zh}</translation>
    </message>
    <message>
        <source>'{name}' cannot be a station name: use 1 to 64 Latin letters (A-Z, a-z), digits 0-9, '.', '_' or '-', starting with a letter or digit; no spaces, Chinese characters or '/'. For example: HePing-01.</source>
        <comment>central.station_name</comment>
        <translation>“{name}”不能用作站点名：只能用 1 到 64 个英文字母（A-Z、a-z）、数字 0-9 或 . _ -，并以字母或数字开头；不能有空格、汉字或 /。例如：HePing-01。</translation>
    </message>
    <message>
        <source>'{name}' cannot be a station name: L, a digit and three letters or digits (like L7QX3) is the form of the worker numbers of stations not enrolled yet, so a station of that name could print the same numbers. Choose another name, e.g. HePing-01.</source>
        <comment>central.station_name_reserved</comment>
        <translation>“{name}”不能用作站点名：L 加一个数字再加三个字母或数字（如 L7QX3）是未注册驿站工号的形式，用这个名字可能和它们印出相同的工号。请换一个名字，例如 HePing-01。</translation>
    </message>
    <message>
        <source>Station {name} can no longer sync (it is told 401 station_revoked). {keys} signing key(s) retired today: cards it issued so far keep working.</source>
        <comment>central.station_retired</comment>
        <translation>站点 {name} 已停用，不能再同步（它会收到 401 station_revoked）。它的 {keys} 个签名密钥从今天起停用：它已经发出的工卡照常能用。</translation>
    </message>
    <message>
        <source>Station {name} can no longer sync (it is told 401 station_revoked). {keys} signing key(s) revoked: every card it issued stops working.</source>
        <comment>central.station_revoked</comment>
        <translation>站点 {name} 已停用，不能再同步（它会收到 401 station_revoked）。它的 {keys} 个签名密钥已作废：它发的所有工卡都不能再用。</translation>
    </message>
    <message>
        <source>Station {name} was revoked. To let it sync again, add it with --reactivate.</source>
        <comment>central.station_was_revoked</comment>
        <translation>站点 {name} 已被停用。如果要让它重新同步，请加上 --reactivate 重新添加。</translation>
    </message>
    <message>
        <source>{count} tombstone(s) older than {days} days removed from the download feed. A station offline for longer downloads everything again when it comes back.</source>
        <comment>central.tombstones_pruned</comment>
        <translation>已从下载数据中清除 {count} 条超过 {days} 天的删除记录。离线更久的站点重新联网时会自动重新下载全部数据。</translation>
    </message>
    <message>
        <source>{value} is not a whole number of 0 or more.</source>
        <comment>cli.negative</comment>
        <translation>{value} 不是 0 或更大的整数。</translation>
    </message>
    <message>
        <source>{value} is not a number greater than 0.</source>
        <comment>cli.not_positive</comment>
        <translation>{value} 不是大于 0 的数。</translation>
    </message>
    <message>
        <source>No phone number is on file for this worker.</source>
        <comment>contact.none</comment>
        <translation>这位工友没有登记电话。</translation>
    </message>
    <message>
        <source>Enter an 11-digit mobile number or a landline with its area code, for example 010-12345678.</source>
        <comment>contact_phone.invalid</comment>
        <translation>请填11位手机号，或带区号的座机号，例如 010-12345678。</translation>
    </message>
    <message>
        <source>Add the area code in front of a landline number, for example 0755-12345678.</source>
        <comment>contact_phone.no_area_code</comment>
        <translation>座机号前面请加上区号，例如 0755-12345678。</translation>
    </message>
    <message>
        <source>The kiosk could not start because of a fault in the program ({kind}). A report for the maintainers was saved in {path} (it holds no personal data). Records already saved are kept. Send that file to your technician.</source>
        <comment>crash.startup</comment>
        <translation>驿站程序出了故障（{kind}），没能启动。给维护人员的故障报告已保存在 {path}（不含个人信息）。已保存的记录都还在。请把这个文件发给技术人员。</translation>
    </message>
    <message>
        <source>The kiosk could not start because of a fault in the program ({kind}), and no report could be saved in {path}. Records already saved are kept. Send the details printed below to your technician.</source>
        <comment>crash.startup_no_report</comment>
        <translation>驿站程序出了故障（{kind}），没能启动，故障报告也没能保存到 {path}。已保存的记录都还在。请把下面打印的详细信息发给技术人员。</translation>
    </message>
    <message>
        <source>'{text}' is not a date we can read; write it as 2026-11-21 or 2026年11月21日.</source>
        <comment>date.bad_format</comment>
        <translation>看不懂这个日期（{text}），请写成 2026-11-21 或 2026年11月21日。</translation>
    </message>
    <message>
        <source>Enter a date, for example 2026-11-21.</source>
        <comment>date.empty</comment>
        <translation>请填写日期，例如 2026-11-21。</translation>
    </message>
    <message>
        <source>There is no such day as {text} (February has no 30th, for example); choose a real date.</source>
        <comment>date.impossible</comment>
        <translation>{text}这一天不存在（比如2月没有30日），请改成正确的日期。</translation>
    </message>
    <message>
        <source>Another kiosk program is busy with this station's data (an import, a sync, a backup, or a second copy of the kiosk), so this was not saved. Wait a moment and try again; if it keeps happening, close the other kiosk program.</source>
        <comment>db.busy</comment>
        <translation>另一个驿站程序正在使用本站的数据（导入、同步、备份，或又开了一个驿站程序），这次没有保存。请稍等一会儿再试；如果一直这样，请关掉另一个驿站程序。</translation>
    </message>
    <message>
        <source>The station could not read or write its data on the disk, so this was not saved. Try again; if it happens again, ask the technician to check the disk.</source>
        <comment>db.disk_error</comment>
        <translation>本机读写数据时磁盘出错，这次没有保存。请再试一次；如果还是这样，请技术人员检查磁盘。</translation>
    </message>
    <message>
        <source>The station's disk is full, so this was not saved (nothing was half-saved). Free some space on the disk, then try again.</source>
        <comment>db.disk_full</comment>
        <translation>本机磁盘已满，这次没有保存（不会只存一半）。请先清理出磁盘空间，再试一次。</translation>
    </message>
    <message>
        <source>QR codes cannot be read on this station: {detail}</source>
        <comment>decoder.unavailable</comment>
        <translation>本机无法识别二维码：{detail}</translation>
    </message>
    <message>
        <source>There is no screen to show the {what_en} on (no DISPLAY or WAYLAND_DISPLAY here, e.g. over SSH). Start it on the station's own screen (its kiosk session), or set QT_QPA_PLATFORM=offscreen for a check without a screen.</source>
        <comment>display.none</comment>
        <translation>这里没有可显示{what_zh}的屏幕（没有 DISPLAY 或 WAYLAND_DISPLAY，例如通过 SSH 登录）。请在驿站本机的屏幕上启动（自助机会话），或设置 QT_QPA_PLATFORM=offscreen 做无屏幕检查。</translation>
    </message>
    <message>
        <source>Enter the distance in kilometres as a number, for example 5 or 2.5.</source>
        <comment>distance.not_number</comment>
        <translation>距离请填公里数，例如 5 或 2.5。</translation>
    </message>
    <message>
        <source>The distance must be between {low} and {high} km; {value} was entered. Check it.</source>
        <comment>distance.out_of_range</comment>
        <translation>距离应在{low}到{high}公里之间，现在填的是{value}，请核对。</translation>
    </message>
    <message>
        <source>{count} workers registered here before enrolment keep their numbers ({old}-...), already printed on their cards; new workers are numbered {prefix}-00001 on.</source>
        <comment>enrol.code_kept</comment>
        <translation>注册前在本站登记的 {count} 位工友保留原编号（{old}-……），工作证不用重印；之后新登记的工友编号从 {prefix}-00001 起。</translation>
    </message>
    <message>
        <source>New workers are numbered {prefix}-00001, {prefix}-00002, ...</source>
        <comment>enrol.code_set</comment>
        <translation>新登记的工友编号为 {prefix}-00001、{prefix}-00002……</translation>
    </message>
    <message>
        <source>The central server at {url} could not enrol the station just now: it is busy or failing, or its answer could not be read (is this the right address?). Run kiosk enroll again in a few minutes; if it keeps failing, ask the market office.</source>
        <comment>enrol.server_trouble</comment>
        <translation>中心服务器 {url} 现在无法完成注册：服务器忙、出错，或回复无法识别（地址对吗？）。请过几分钟再运行一次 kiosk enroll；如果一直失败，请联系市场管理处。</translation>
    </message>
    <message>
        <source>Could not reach the central server at {url} ({detail}). Check the address and the station's network, then run kiosk enroll again.</source>
        <comment>enrol.unreachable</comment>
        <translation>连不上中心服务器 {url}（{detail}）。请检查服务器地址和本机网络，然后再运行一次 kiosk enroll。</translation>
    </message>
    <message>
        <source>Year of birth says {given}, but the ID number says {by_id}: check the ID number (often one digit is typed wrong), or the year of birth.</source>
        <comment>form.birth_year_not_id</comment>
        <translation>出生年份填的是{given}，但身份证号上是{by_id}年：请核对身份证号（常是输错了一位），或核对出生年份。</translation>
    </message>
    <message>
        <source>The person has not agreed yet. Read the consent text to them and tick 'agreed' before saving.</source>
        <comment>form.consent_missing</comment>
        <translation>本人尚未同意。请先向本人读一遍告知内容，本人同意后再保存。</translation>
    </message>
    <message>
        <source>The end time must be after the start time. Check both times.</source>
        <comment>form.end_before_start</comment>
        <translation>结束时间要晚于开始时间，请核对。</translation>
    </message>
    <message>
        <source>Gender says {given_en}, but the ID number is a {by_id_en}'s: check the ID number (often one digit is typed wrong), or the gender.</source>
        <comment>form.gender_not_id</comment>
        <translation>性别填的是{given_zh}，但身份证号是{by_id_zh}性的：请核对身份证号（常是输错了一位），或核对性别。</translation>
    </message>
    <message>
        <source>Enter an ID number or a phone number (the worker's or a family member's), so we can find them again.</source>
        <comment>form.no_id_or_phone</comment>
        <translation>请至少填写身份证号或电话（本人或家属），以便再次找到本人。</translation>
    </message>
    <message>
        <source>'{value}' is not one of the choices for {field}. Pick from the list.</source>
        <comment>form.unknown_choice</comment>
        <translation>“{value}”不是{field}的可选项，请从列表中选择。</translation>
    </message>
    <message>
        <source>Enter how many workers are needed as a whole number, for example 5.</source>
        <comment>headcount.not_number</comment>
        <translation>招工人数请填整数，例如 5。</translation>
    </message>
    <message>
        <source>The number of workers must be between {low} and {high}; {count} was entered. Check it.</source>
        <comment>headcount.out_of_range</comment>
        <translation>招工人数应在{low}到{high}人之间，现在填的是{count}，请核对。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (digits 7-14: {text}) is not a real date; check those digits on the ID card.</source>
        <comment>id.bad_birth_date</comment>
        <translation>身份证号第7到14位的出生日期（{text}）不存在，请核对证件上的这几位数字。</translation>
    </message>
    <message>
        <source>An ID number has only digits; the last character may be X. Remove other characters and type it again.</source>
        <comment>id.bad_chars</comment>
        <translation>身份证号只能是数字，最后一位可以是X，请删掉其他字符后重新输入。</translation>
    </message>
    <message>
        <source>The last character (check digit) of the ID number is wrong; check the ID card and type it again.</source>
        <comment>id.bad_check_digit</comment>
        <translation>身份证号最后一位校验码不对，请核对证件后重新输入。</translation>
    </message>
    <message>
        <source>The ID number starts with {province}, which is not a province code; check the first two digits on the ID card.</source>
        <comment>id.bad_region</comment>
        <translation>身份证号开头的{province}不是有效的省份代码，请核对证件上的前两位数字。</translation>
    </message>
    <message>
        <source>The birth date in the ID number (digits 7-14: {text}) is after today; check those digits on the ID card.</source>
        <comment>id.birth_in_future</comment>
        <translation>身份证号第7到14位的出生日期（{text}）在今天之后，请核对证件上的这几位数字。</translation>
    </message>
    <message>
        <source>Enter the 18-character ID card number.</source>
        <comment>id.empty</comment>
        <translation>请输入18位身份证号。</translation>
    </message>
    <message>
        <source>Excel turned this ID number into a number in scientific notation (like 4.10102E+17) and lost its last digits. In Excel set the column's format to Text, type the ID numbers again and save.</source>
        <comment>id.excel_scientific</comment>
        <translation>Excel 把身份证号变成了科学计数法的数字（像 4.10102E+17），后面几位已经丢了，删字符也找不回来。请在 Excel 里把这一列的格式设为“文本”，重新输入身份证号后再保存。</translation>
    </message>
    <message>
        <source>This is an old 15-digit ID number, which is no longer valid; type the 18-character number on the current ID card.</source>
        <comment>id.old_format</comment>
        <translation>这是已停用的15位老身份证号，请输入现在身份证上的18位号码。</translation>
    </message>
    <message>
        <source>By this ID number the person is {age}, over 100; check the birth year in digits 7-10 on the ID card.</source>
        <comment>id.too_old</comment>
        <translation>按这个身份证号算，此人{age}岁，超过100岁，请核对证件上第7到10位的出生年份。</translation>
    </message>
    <message>
        <source>By this ID number the person is {age}; workers must be at least 16 to register. If that is a typo, check digits 7-14.</source>
        <comment>id.too_young</comment>
        <translation>按这个身份证号算，此人{age}岁，未满16周岁不能登记求职；如果输错了，请核对第7到14位出生日期。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters, this one has {length}; check the ID card and add or remove digits.</source>
        <comment>id.wrong_length</comment>
        <translation>身份证号应为18位，现在是{length}位，请核对证件后补全或删掉多余的数字。</translation>
    </message>
    <message>
        <source>X can only be the last (18th) character of an ID number; check the ID card and type it again.</source>
        <comment>id.x_not_last</comment>
        <translation>X只能是身份证号的最后一位（第18位），请核对证件后重新输入。</translation>
    </message>
    <message>
        <source>'{value}' in column {column} is not a known choice. Use e.g.: {examples_en}</source>
        <comment>import.bad_choice</comment>
        <translation>“{value}”不是“{column}”列的可选项。可以写：{examples_zh}</translation>
    </message>
    <message>
        <source>Column {column}: '{value}' is not a date and time like 2026-11-21 08:00.</source>
        <comment>import.bad_datetime</comment>
        <translation>“{column}”列：“{value}”不是“2026-11-21 08:00”这样的日期时间。</translation>
    </message>
    <message>
        <source>Column {column} must be a number, not '{value}'.</source>
        <comment>import.bad_number</comment>
        <translation>“{column}”列应填数字，不是“{value}”。</translation>
    </message>
    <message>
        <source>Column {column}: {detail_en}</source>
        <comment>import.cell</comment>
        <translation>“{column}”列：{detail_zh}</translation>
    </message>
    <message>
        <source>The file is empty. Save the ledger as CSV with a header row and try again.</source>
        <comment>import.empty</comment>
        <translation>文件是空的。请把台账另存为带表头的 CSV 文件后再导入。</translation>
    </message>
    <message>
        <source>The file's text encoding is not UTF-8, GBK or Unicode text (UTF-16). In Excel use 'Save as' → 'CSV UTF-8' and import again.</source>
        <comment>import.encoding</comment>
        <translation>无法识别文件的文字编码（不是 UTF-8、GBK 或 Unicode 文本）。请在 Excel 中“另存为 CSV UTF-8”后再导入。</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file. Name the CSV file in it, e.g. {example}.</source>
        <comment>import.is_folder</comment>
        <translation>{path} 是一个文件夹，不是文件。请写上文件夹里的 CSV 文件名，例如 {example}。</translation>
    </message>
    <message>
        <source>This job ended at {end}, so it was not imported. If workers are still wanted, correct the dates.</source>
        <comment>import.job_ended</comment>
        <translation>这个岗位在 {end} 已经结束，没有导入。如果还要招人，请改正日期后再导入。</translation>
    </message>
    <message>
        <source>{worker_no} is already on file; the existing profile was kept unchanged. In the file, column(s) {columns_en} differ from it. To change them: staff mode, 工友档案 (Workers) → 修改资料 (Edit), or import the file again with --update (this station's own workers only).</source>
        <comment>import.kept</comment>
        <translation>已有这位工友的档案（编号 {worker_no}），原档案保留未改。文件里这些列与档案不同：{columns_zh}。要改，请在工作人员模式“工友档案 → 修改资料”里改，或加 --update 重新导入（只改本站登记的工友）。</translation>
    </message>
    <message>
        <source>{worker_no} was registered at another station; their profile was kept unchanged (an import never changes it, --update neither). In the file, column(s) {columns_en} differ from it. To change them: staff mode, 工友档案 (Workers) → 修改资料 (Edit).</source>
        <comment>import.kept_visitor</comment>
        <translation>编号 {worker_no} 是在其他驿站登记的工友，原档案保留未改（导入不会改它，加 --update 也不会）。文件里这些列与档案不同：{columns_zh}。要改，请在工作人员模式“工友档案 → 修改资料”里改。</translation>
    </message>
    <message>
        <source>Column {column} takes a mobile number (11 digits, starting with 1); {value} is a landline. A landline can go in column {family} instead, with column {column} left empty.</source>
        <comment>import.landline_in_mobile</comment>
        <translation>“{column}”列只能填手机号（11位，以1开头），{value} 是座机号。座机号可以填在“{family}”列，“{column}”列留空。</translation>
    </message>
    <message>
        <source>The header row lacks the column(s): {columns_en}. The header read was: {found}. Add the column(s) (names in the README) and import again; nothing was imported.</source>
        <comment>import.missing_columns</comment>
        <translation>表头缺少这些列：{columns_zh}。读到的表头是：{found}。请补上这些列（列名见说明文档）后再导入，这次没有导入任何一行。</translation>
    </message>
    <message>
        <source>Column {column} must say 是/yes: the person's signed consent is needed.</source>
        <comment>import.no_consent</comment>
        <translation>“{column}”列须为“是”：需要本人签字同意后才能建档。</translation>
    </message>
    <message>
        <source>File not found: {path}</source>
        <comment>import.no_file</comment>
        <translation>找不到文件：{path}</translation>
    </message>
    <message>
        <source>This does not look like a CSV file: {detail}</source>
        <comment>import.not_csv</comment>
        <translation>这不像是 CSV 文件：{detail}</translation>
    </message>
    <message>
        <source>A row with a problem was not imported at all; every other row was. Fix the rows listed above and import the same file again: rows already imported are recognised, not doubled.</source>
        <comment>import.policy</comment>
        <translation>有问题的行整行没有导入，其余各行都已导入。请改好上面列出的行，再导入同一个文件：已导入的行会被认出来，不会重复。</translation>
    </message>
    <message>
        <source>The file is larger than 50 MB. Split it into smaller files.</source>
        <comment>import.too_big</comment>
        <translation>文件超过 50 MB，请分成几个小文件导入。</translation>
    </message>
    <message>
        <source>{worker_no} was already on file; the profile took the file's column(s) {columns_en}.</source>
        <comment>import.updated</comment>
        <translation>已有这位工友的档案（编号 {worker_no}），已按文件更新这些列：{columns_zh}。</translation>
    </message>
    <message>
        <source>Order closed: {title}.</source>
        <comment>job.closed</comment>
        <translation>订单已关闭：{title}。</translation>
    </message>
    <message>
        <source>This order is already posted: {title}.</source>
        <comment>job.exists</comment>
        <translation>这个订单已经发布过了：{title}。</translation>
    </message>
    <message>
        <source>This job is no longer on the list. Go back and pick another one.</source>
        <comment>job.not_found</comment>
        <translation>这个岗位已不在列表中，请返回选择其他岗位。</translation>
    </message>
    <message>
        <source>Order posted: {title}, {headcount} people.</source>
        <comment>job.posted</comment>
        <translation>急单已发布：{title}，招 {headcount} 人。</translation>
    </message>
    <message>
        <source>'{text}' is not a time: use e.g. 30m, 2h, 3d or 2026-11-21T07:00.</source>
        <comment>logs.bad_since</comment>
        <translation>“{text}”不是时间，请写成 30m、2h、3d 或 2026-11-21T07:00。</translation>
    </message>
    <message>
        <source>Travels that far ({km} km)</source>
        <comment>match.close</comment>
        <translation>愿意去这么远（{km} 公里）</translation>
    </message>
    <message>
        <source>On a day you are free</source>
        <comment>match.day</comment>
        <translation>在您有空的日子</translation>
    </message>
    <message>
        <source>Free on {day}</source>
        <comment>match.free_day</comment>
        <translation>{day} 有空</translation>
    </message>
    <message>
        <source>Close by: {km} km</source>
        <comment>match.near</comment>
        <translation>离得近：{km} 公里</translation>
    </message>
    <message>
        <source>Pays {pay} yuan a day, at or above what you asked</source>
        <comment>match.pay</comment>
        <translation>日薪 {pay} 元，达到您的期望</translation>
    </message>
    <message>
        <source>In a priority group for extra help</source>
        <comment>match.priority</comment>
        <translation>重点帮扶对象</translation>
    </message>
    <message>
        <source>In a shift you work</source>
        <comment>match.shift</comment>
        <translation>是您能上的班次</translation>
    </message>
    <message>
        <source>Starts soon</source>
        <comment>match.soon</comment>
        <translation>很快开工</translation>
    </message>
    <message>
        <source>Matches your trade</source>
        <comment>match.trade</comment>
        <translation>对口您的工种</translation>
    </message>
    <message>
        <source>Urgent: they need people now</source>
        <comment>match.urgent</comment>
        <translation>急招，马上要人</translation>
    </message>
    <message>
        <source>Verified employer</source>
        <comment>match.verified</comment>
        <translation>认证雇主</translation>
    </message>
    <message>
        <source>Pay meets their expectation</source>
        <comment>match.wage_ok</comment>
        <translation>工钱达到期望</translation>
    </message>
    <message>
        <source>The kind of work you asked for</source>
        <comment>match.wanted</comment>
        <translation>是您想找的活</translation>
    </message>
    <message>
        <source>Does this trade</source>
        <comment>match.worker_trade</comment>
        <translation>做这个工种</translation>
    </message>
    <message>
        <source>A dot, hyphen or apostrophe cannot start or end a name or come twice in a row; remove the extra one.</source>
        <comment>name.bad_separators</comment>
        <translation>姓名的开头和结尾不能是点（·）、连字符或撇号，也不能连着写两个，请删掉多余的。</translation>
    </message>
    <message>
        <source>A name cannot contain digits; remove them and type the name as it is on the ID card.</source>
        <comment>name.digits</comment>
        <translation>姓名里不能有数字，请删掉数字，按证件上的姓名输入。</translation>
    </message>
    <message>
        <source>Enter the name as it is on the ID card.</source>
        <comment>name.empty</comment>
        <translation>请输入姓名（与证件上一致）。</translation>
    </message>
    <message>
        <source>A name is either in Chinese characters or in Latin letters, not both; type it as it is on the ID card.</source>
        <comment>name.mixed_script</comment>
        <translation>姓名不能同时有汉字和英文字母，请按证件上的写法只用一种。</translation>
    </message>
    <message>
        <source>A name cannot contain emoji or symbols; use Chinese characters (with · in minority names) or Latin letters.</source>
        <comment>name.symbols</comment>
        <translation>姓名里不能有表情符号或特殊符号，请只用汉字（少数民族姓名用·隔开）或英文字母。</translation>
    </message>
    <message>
        <source>A name can have at most {max_len} characters, this one has {length}; shorten it to match the ID card.</source>
        <comment>name.too_long</comment>
        <translation>姓名最多{max_len}个字，现在是{length}个字，请按证件上的姓名改短。</translation>
    </message>
    <message>
        <source>A name needs at least two characters; type the full name, surname included.</source>
        <comment>name.too_short</comment>
        <translation>姓名至少要两个字，请输入包括姓在内的完整姓名。</translation>
    </message>
    <message>
        <source>A phone number has only digits (a leading +86 is fine); remove other characters and type it again.</source>
        <comment>phone.bad_chars</comment>
        <translation>电话号码只能是数字（前面可以带+86），请删掉其他字符后重新输入。</translation>
    </message>
    <message>
        <source>Enter the 11-digit mobile number.</source>
        <comment>phone.empty</comment>
        <translation>请输入11位手机号。</translation>
    </message>
    <message>
        <source>Excel turned this phone number into a number in scientific notation (like 1.38001E+10) and lost digits. In Excel set the column's format to Text, type the phone numbers again and save.</source>
        <comment>phone.excel_scientific</comment>
        <translation>Excel 把电话号码变成了科学计数法的数字（像 1.38001E+10），有几位已经丢了，删字符也找不回来。请在 Excel 里把这一列的格式设为“文本”，重新输入电话号码后再保存。</translation>
    </message>
    <message>
        <source>This is a landline number; a mobile number (11 digits, starting with 1) is needed here.</source>
        <comment>phone.is_landline</comment>
        <translation>这是座机号，这里需要填11位手机号（以1开头）。</translation>
    </message>
    <message>
        <source>Only mainland China numbers (+86) can be used here; enter a mainland number.</source>
        <comment>phone.not_mainland</comment>
        <translation>这里只能填中国大陆的号码（+86），请换一个大陆号码。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19; check the first digits and type it again.</source>
        <comment>phone.not_mobile</comment>
        <translation>手机号应以13到19开头，请核对前两位后重新输入。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, this one has {length}; check it and add or remove digits.</source>
        <comment>phone.wrong_length</comment>
        <translation>手机号应为11位，现在是{length}位，请核对后补全或删掉多余的数字。</translation>
    </message>
    <message>
        <source>This station may not use the printer {printer} (permission). Ask the administrator to add the kiosk user to the 'lp' group. The card can be printed later from the worker's profile.</source>
        <comment>printer.denied</comment>
        <translation>本机没有使用打印机 {printer} 的权限。请管理员把本机用户加入 lp 组。工作证可以稍后在工友档案里再打印。</translation>
    </message>
    <message>
        <source>Printing failed: {detail}. The card can be printed later from the worker's profile.</source>
        <comment>printer.failed</comment>
        <translation>打印失败：{detail}。工作证可以稍后在工友档案里再打印。</translation>
    </message>
    <message>
        <source>The printer {printer} is not connected. Please check its power and cable. The card can be printed later from the worker's profile.</source>
        <comment>printer.missing</comment>
        <translation>打印机 {printer} 没有连接。请检查打印机电源和连线。工作证可以稍后在工友档案里再打印。</translation>
    </message>
    <message>
        <source>The system print service (CUPS, 'lp') is not installed. The card can be printed later from the worker's profile.</source>
        <comment>printer.no_cups</comment>
        <translation>本机没有安装系统打印服务（CUPS 的 lp 命令）。工作证可以稍后在工友档案里再打印。</translation>
    </message>
    <message>
        <source>The printer {printer} does not respond. Please switch it off and on. The card can be printed later from the worker's profile.</source>
        <comment>printer.offline</comment>
        <translation>打印机 {printer} 没有响应。请关掉打印机再打开。工作证可以稍后在工友档案里再打印。</translation>
    </message>
    <message>
        <source>The printer is out of paper or its cover is open. Please load paper. The card can be printed later from the worker's profile.</source>
        <comment>printer.paper</comment>
        <translation>打印机缺纸或纸仓盖没有盖好。请装纸后再试。工作证可以稍后在工友档案里再打印。</translation>
    </message>
    <message>
        <source>Printed.</source>
        <comment>printer.printed</comment>
        <translation>已打印。</translation>
    </message>
    <message>
        <source>The printer {printer} is ready.</source>
        <comment>printer.ready</comment>
        <translation>打印机 {printer} 可以使用。</translation>
    </message>
    <message>
        <source>Saved for printing: {path}</source>
        <comment>printer.saved</comment>
        <translation>已保存，可打印：{path}</translation>
    </message>
    <message>
        <source>Pick one of the problem types.</source>
        <comment>report.bad_kind</comment>
        <translation>请选择一种问题类型。</translation>
    </message>
    <message>
        <source>Thank you. Your report is recorded and will be passed to the market office.</source>
        <comment>report.queued</comment>
        <translation>谢谢您。问题已记录，会转交市场管理处处理。</translation>
    </message>
    <message>
        <source>{count} item(s). When one is dealt with: kiosk-central review --resolve ID --note "what was done"</source>
        <comment>review.count</comment>
        <translation>共 {count} 项。处理完一项后：kiosk-central review --resolve 编号 --note "怎么处理的"</translation>
    </message>
    <message>
        <source>The same ID number is registered {count} times, at {stations}{names_en}. Check the people below; if they are one person, keep one record and stop using the other's card.</source>
        <comment>review.duplicate_person</comment>
        <translation>同一个身份证号登记了 {count} 次（{stations}）{names_zh}。请核对下面的人；如果是同一个人，只保留一份档案，另一张卡停用。</translation>
    </message>
    <message>
        <source>Two sources ({stations}) used the same job id {job_id}; the later job was not taken.</source>
        <comment>review.job_id_clash</comment>
        <translation>两个来源（{stations}）用了同一个岗位编号 {job_id}，后来的那个岗位没有采用。</translation>
    </message>
    <message>
        <source>, under different names</source>
        <comment>review.names_differ</comment>
        <translation>，登记的姓名不一样</translation>
    </message>
    <message>
        <source>There is no open review item #{id}: `kiosk-central review` lists the open ones (with `--all`, the resolved ones too).</source>
        <comment>review.no_open_item</comment>
        <translation>没有编号为 #{id} 的待处理审核项：`kiosk-central review` 列出待处理的审核项（加 `--all` 也列出已处理的）。</translation>
    </message>
    <message>
        <source>Review item of kind {kind}: {detail}</source>
        <comment>review.other</comment>
        <translation>审核项（{kind}）：{detail}</translation>
    </message>
    <message>
        <source>Job {title} ({job_id}) wants {headcount}, but {confirmed} sign-ups are confirmed ({stations}): tell the employer or the extra workers.</source>
        <comment>review.over_capacity</comment>
        <translation>岗位 {title}（{job_id}）招 {headcount} 人，已确认报名 {confirmed} 人（{stations}），超员了：请告知用工单位或多出的工人。</translation>
    </message>
    <message>
        <source>Worker {worker_en} was checked in at overlapping times for {jobs} ({stations}). Check which check-in is right before paying.</source>
        <comment>review.overlapping_check_in</comment>
        <translation>工人 {worker_zh}的两次签到时间重叠（{jobs}；{stations}）。结算工钱前请核对哪次签到是对的。</translation>
    </message>
    <message>
        <source>{station} {worker_no} {name} (registered {registered})</source>
        <comment>review.person</comment>
        <translation>{station} {worker_no} {name}（登记于 {registered}）</translation>
    </message>
    <message>
        <source>worker {worker_id} (not on this server)</source>
        <comment>review.person_unknown</comment>
        <translation>工人 {worker_id}（本服务器上没有）</translation>
    </message>
    <message>
        <source>Review item #{id} ({kind_en}) is marked resolved: {summary_en}</source>
        <comment>review.resolved</comment>
        <translation>审核项 #{id}（{kind_zh}）已标记为处理完毕：{summary_zh}</translation>
    </message>
    <message>
        <source>Station {stations} sent event {event_id} ({kind}) again with different content; the second was not stored. The station's software may be faulty: tell its technician.</source>
        <comment>review.reused_event_id</comment>
        <translation>驿站 {stations} 用同一个事件编号 {event_id}（{kind}）发来了不同的内容，第二份没有保存。该站的软件可能有问题，请告知技术人员。</translation>
    </message>
    <message>
        <source>Worker number {worker_no} of station {stations} was given to {count} different workers (a station restored from an old backup may do this). Cards carry the number: check with the station which card belongs to whom, and give one of them a new registration and card.</source>
        <comment>review.worker_no_clash</comment>
        <translation>驿站 {stations} 的工友编号 {worker_no} 发给了 {count} 位不同的工友（驿站从旧备份恢复后可能出现）。工作证上印着这个编号：请与该站核对每张卡是谁的，并为其中一位重新登记、制卡。</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https:// and name a host, e.g. http://10.0.0.5:8470 (got: {url}).</source>
        <comment>server_url.scheme</comment>
        <translation>中心服务器地址要以 http:// 或 https:// 开头并写明主机，例如 http://10.0.0.5:8470（现在是：{url}）。</translation>
    </message>
    <message>
        <source>The settings file {path} has {key} = {found}, which cannot be used: it must be {expected_en}. Correct that line and start the kiosk again.</source>
        <comment>settings.bad_value</comment>
        <translation>设置文件 {path} 里的 {key} = {found} 不能用：这里要填{expected_zh}。请改正这一行后重新启动。</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read ({detail}). Correct it, or move it away to start with the defaults.</source>
        <comment>settings.not_toml</comment>
        <translation>设置文件 {path} 读不了（{detail}）。请改正，或把它移走，用默认设置启动。</translation>
    </message>
    <message>
        <source>You are already signed up for {title}.</source>
        <comment>signup.already</comment>
        <translation>您已经报过名了：{title}。</translation>
    </message>
    <message>
        <source>Sign-up for {title} cancelled.</source>
        <comment>signup.cancelled</comment>
        <translation>已取消报名：{title}。</translation>
    </message>
    <message>
        <source>You are signed up for {title}.</source>
        <comment>signup.confirmed</comment>
        <translation>报名成功：{title}。</translation>
    </message>
    <message>
        <source>This job has closed and takes no more sign-ups. Please choose another job.</source>
        <comment>signup.job_not_open</comment>
        <translation>这个岗位已停止招人，请选择其他岗位。</translation>
    </message>
    <message>
        <source>This sign-up was not found. Go back and try again.</source>
        <comment>signup.not_found</comment>
        <translation>找不到这条报名记录，请返回重试。</translation>
    </message>
    <message>
        <source>{title} is full. You are number {position} on the waiting list; we will call you if a place frees up.</source>
        <comment>signup.waitlisted</comment>
        <translation>{title} 已招满。您在候补第 {position} 位，有空位会通知您。</translation>
    </message>
    <message>
        <source>This station is enrolled with a central server (or has a server address set): simulated workers and jobs would be uploaded as real ones. Run simulate on a test station (--home DIR), or pass --force.</source>
        <comment>simulate.live_station</comment>
        <translation>本站已在中心服务器注册（或设置了服务器地址）：模拟的工友和岗位会被当作真实数据上传。请在测试用的驿站目录（--home 目录）里运行，或加 --force。</translation>
    </message>
    <message>
        <source>Staff member {name} added.</source>
        <comment>staff.added</comment>
        <translation>已添加工作人员 {name}。</translation>
    </message>
    <message>
        <source>Staff have been called and will come to you shortly.</source>
        <comment>staff.called</comment>
        <translation>已呼叫工作人员，请稍候。</translation>
    </message>
    <message>
        <source>{name} is already a staff member. To give them a new PIN, use --reset-pin.</source>
        <comment>staff.exists</comment>
        <translation>{name} 已经是工作人员。要重设密码，请加 --reset-pin。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Staff mode is locked until {until}. Ask the station manager if you forgot the PIN.</source>
        <comment>staff.locked</comment>
        <translation>密码错误次数过多，员工模式锁定到 {until}。忘记密码请联系站长。</translation>
    </message>
    <message>
        <source>A PIN is 4 to 8 digits.</source>
        <comment>staff.pin_format</comment>
        <translation>密码为 4 到 8 位数字。</translation>
    </message>
    <message>
        <source>New PIN saved for {name}.</source>
        <comment>staff.pin_reset</comment>
        <translation>{name} 的新密码已保存。</translation>
    </message>
    <message>
        <source>Wrong PIN. {left} tries left before staff mode locks for 5 minutes.</source>
        <comment>staff.pin_wrong</comment>
        <translation>密码不对。再错 {left} 次将锁定 5 分钟。</translation>
    </message>
    <message>
        <source>{name} is no longer a staff member.</source>
        <comment>staff.removed</comment>
        <translation>{name} 已不再是工作人员。</translation>
    </message>
    <message>
        <source>No such staff member. Pick a name from the list.</source>
        <comment>staff.unknown</comment>
        <translation>没有这位工作人员，请从列表中选择。</translation>
    </message>
    <message>
        <source>Welcome, {name}.</source>
        <comment>staff.welcome</comment>
        <translation>{name}，您好。</translation>
    </message>
    <message>
        <source>There is no station in {path} yet (no station.db). Check --home or KIOSK_HOME. To set up a station there, run kiosk staff add NAME, kiosk enroll or kiosk run; kiosk demo makes a demo station.</source>
        <comment>station.none_here</comment>
        <translation>{path} 里还没有驿站数据（没有 station.db）。请检查 --home 或 KIOSK_HOME 是否写对。要在这里新建驿站，请运行 kiosk staff add 姓名、kiosk enroll 或 kiosk run；kiosk demo 会建一个演示驿站。</translation>
    </message>
    <message>
        <source>The enrolment code was not accepted ({status} {reason}): it was used already, it expired (codes are valid 14 days) or it was mistyped. Ask the market office for a new code (kiosk-central station add NAME) and run kiosk enroll again.</source>
        <comment>sync.enrolment_refused</comment>
        <translation>注册码无效（{status} {reason}）：已经用过、已过期（有效期 14 天）或输错了。请向市场管理处要一个新的注册码（kiosk-central station add 站点名），再运行 kiosk enroll。</translation>
    </message>
    <message>
        <source>The answer from the central server could not be read; the station retries by itself.</source>
        <comment>sync.garbled</comment>
        <translation>中心服务器的回复无法识别，本机会自动重试。</translation>
    </message>
    <message>
        <source>The central server cannot be reached ({detail}). Records are kept here and go up when the network is back.</source>
        <comment>sync.network</comment>
        <translation>连不上中心服务器（{detail}）。记录都保存在本机，网络恢复后会自动上传。</translation>
    </message>
    <message>
        <source>This station is not enrolled with a central server yet. Ask the market office for an enrolment code.</source>
        <comment>sync.not_enrolled</comment>
        <translation>本站还没有在中心服务器注册，请向市场管理处要注册码。</translation>
    </message>
    <message>
        <source>The central server could not take the request ({status} {reason}): this station's software and the server's may not match. Update the station or ask the market office.</source>
        <comment>sync.not_understood</comment>
        <translation>中心服务器无法处理本站的请求（{status} {reason}）：本站软件和服务器的版本可能不匹配。请更新本站软件或联系市场管理处。</translation>
    </message>
    <message>
        <source>This station already belongs to another market's central server: its ID and phone look-ups are keyed for that market, and this server's key is different. Nothing was changed here. To move the station to this market on purpose, run kiosk enroll again with --force.</source>
        <comment>sync.other_market</comment>
        <translation>本站已加入另一个市场的中心服务器，身份证号和手机号查重用的是那个市场的密钥，与这台服务器的不同。本站未做任何更改。如确要把本站转到这个市场，请加上 --force 重新运行 kiosk enroll。</translation>
    </message>
    <message>
        <source>The central server refused the request ({status} {reason}): {text_en}</source>
        <comment>sync.refused</comment>
        <translation>中心服务器拒绝了请求（{status} {reason}）{text_zh}。</translation>
    </message>
    <message>
        <source>The market office has revoked this station ({status} {reason}): it can no longer sync. Records stay here. Ask the market office for a new enrolment code and run kiosk enroll again.</source>
        <comment>sync.revoked</comment>
        <translation>市场管理处已停用本站（{status} {reason}），本站不能再同步，记录仍保存在本机。请向市场管理处要新的注册码，再运行 kiosk enroll。</translation>
    </message>
    <message>
        <source>The central server is busy or failing (HTTP {status}); the station retries by itself.</source>
        <comment>sync.server_failing</comment>
        <translation>中心服务器忙或出错（HTTP {status}），本机会自动重试。</translation>
    </message>
    <message>
        <source>The central server does not accept this station ({status} {reason}): {text_en}. Ask the market office.</source>
        <comment>sync.station_refused</comment>
        <translation>中心服务器不接受本站（{status} {reason}）{text_zh}，请联系市场管理处。</translation>
    </message>
    <message>
        <source>The central server does not know this station's token ({status} {reason}): the station is not enrolled with this server, or its token was lost. Ask the market office for an enrolment code and run kiosk enroll.</source>
        <comment>sync.unauthenticated</comment>
        <translation>中心服务器不认识本站的凭证（{status} {reason}）：本站没有在这台服务器注册，或凭证丢失了。请向市场管理处要注册码，再运行 kiosk enroll。</translation>
    </message>
    <message>
        <source>The central server refused records sent in another station's name ({status} {reason}). Ask the market office to check this station's enrolment.</source>
        <comment>sync.wrong_station</comment>
        <translation>中心服务器拒收以别的站点名义发送的记录（{status} {reason}）。请联系市场管理处核对本站的注册。</translation>
    </message>
    <message>
        <source>The text contains invisible control characters (often from copy and paste); delete them and type it again.</source>
        <comment>text.control</comment>
        <translation>内容里有看不见的控制字符（多半是复制粘贴带进来的），请删掉后重新输入。</translation>
    </message>
    <message>
        <source>Emoji cannot be used here; remove them and write it in words.</source>
        <comment>text.emoji</comment>
        <translation>这里不能用表情符号，请删掉后用文字写。</translation>
    </message>
    <message>
        <source>This cannot be left empty; please fill it in.</source>
        <comment>text.empty</comment>
        <translation>这一项不能空着，请填写。</translation>
    </message>
    <message>
        <source>At most {max_len} characters fit here, this has {length}; shorten it.</source>
        <comment>text.too_long</comment>
        <translation>这里最多写{max_len}个字，现在有{length}个字，请删短一些。</translation>
    </message>
    <message>
        <source>Enter the pay, for example 200.</source>
        <comment>wage.empty</comment>
        <translation>请填写工资金额，例如 200。</translation>
    </message>
    <message>
        <source>Pay must be a number (a decimal point is fine), for example 180 or 22.5.</source>
        <comment>wage.not_number</comment>
        <translation>工资只能填数字（可以带小数点），例如 180 或 22.5。</translation>
    </message>
    <message>
        <source>Pay per {unit_en} must be between {low} and {high} {per_en}; {amount} was entered. Check it (an extra or missing 0?).</source>
        <comment>wage.out_of_range</comment>
        <translation>按{unit_zh}计的工资应在{low}到{high}{per_zh}之间，现在填的是{amount}，请核对（是不是多打或少打了一个0？）。</translation>
    </message>
    <message>
        <source>The lowest pay ({low}) is higher than the highest pay ({high}); swap them or correct one.</source>
        <comment>wage.range_reversed</comment>
        <translation>最低工资{low}比最高工资{high}还高，请把两个数对调或改正。</translation>
    </message>
    <message>
        <source>Pay can have at most two decimal places (fen); shorten the decimals.</source>
        <comment>wage.too_precise</comment>
        <translation>工资最多写到小数点后两位（分），请改一下。</translation>
    </message>
    <message>
        <source>{name} is already registered as {worker_no}. Showing the existing profile.</source>
        <comment>worker.exists</comment>
        <translation>{name} 已登记过（编号 {worker_no}），已为您打开原档案。</translation>
    </message>
    <message>
        <source>This worker is not on this station's list. Ask staff to look them up.</source>
        <comment>worker.not_found</comment>
        <translation>本站找不到这位工友的档案，请找工作人员查询。</translation>
    </message>
    <message>
        <source>This station was restored from a backup: sync with the central server once (kiosk sync --once) before registering anyone, so that no worker number already on a card is given out again.</source>
        <comment>worker.numbers_unconfirmed</comment>
        <translation>本站刚从备份恢复：请先与中心服务器同步一次（kiosk sync --once）再登记新工友，以免发出别人卡上已有的编号。</translation>
    </message>
    <message>
        <source>{name} registered as {worker_no}.</source>
        <comment>worker.registered</comment>
        <translation>{name} 登记成功，编号 {worker_no}。</translation>
    </message>
    <message>
        <source>Profile of {name} saved.</source>
        <comment>worker.updated</comment>
        <translation>{name} 的档案已保存。</translation>
    </message>
</context>
</TS>
