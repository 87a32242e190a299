# crm-roi：简体中文消息（译自英文源文件 en/crm_roi.ftl）。
app-name = crm-roi

## Typed numbers
entry-empty = 请输入数字
entry-not-a-number = “{ $typed }”不是数字：请输入如 { $examples } 这样的数值
entry-too-large = “{ $typed }”太大

## Drivers: label and help

term-driver-seats = CRM 席位（销售团队人数）
term-driver-seats-help = 将使用 CRM 的人数。许可费、培训费、基准成交数和节省的时间都按它成倍计算。
term-driver-rep-monthly-cost = 每位团队成员月成本
term-driver-rep-monthly-cost-help = 公司为一名团队成员每月承担的全部成本（工资、税费、管理费用）。它决定节省一小时的价值：成本 / 工作小时数。
term-driver-working-hours-per-month = 每月工作小时数
term-driver-working-hours-per-month-help = 一名团队成员每月的带薪工作小时数。小时价值 = 月成本 / 这些小时数。
term-driver-deals-per-rep-per-month = 每人每月成交数
term-driver-deals-per-rep-per-month-help = 使用 CRM 之前，每位团队成员每月赢得的成交数。基准收入 = 席位 × 成交数 × 每笔成交收入。
term-driver-revenue-per-deal = 每笔成交收入
term-driver-revenue-per-deal-help = 一笔赢单的平均收入。每项收入增益都按它所决定的基准收入的一定比例计算。
term-driver-gross-margin-pct = 毛利率
term-driver-gross-margin-pct-help = 新增收入中计为收益的比例（收入减去所售产品的成本）。填 100% 则按收入计算，与供应商的计算器相同。
term-driver-sales-cycle-days = 销售周期
term-driver-sales-cycle-days-help = 使用 CRM 之前，从首次接触到成交的平均天数。显示时已按周期缩短幅度缩短；收益本身来自缩短幅度。
term-driver-seat-cost-per-month = 每席位月费
term-driver-seat-cost-per-month-help = 每个席位每月的许可价格。经常性成本 = 席位 × 席位费 + 管理费用，从第 1 个月起每月发生。
term-driver-implementation-cost = 实施费（一次性）
term-driver-implementation-cost-help = 配置、数据迁移、系统集成和咨询费用，在上线时（第 0 个月）一次性支付。
term-driver-training-cost-per-seat = 每席位培训费（一次性）
term-driver-training-cost-per-seat-help = 每个席位的一次性培训成本，在上线时（第 0 个月）支付。
term-driver-admin-cost-per-month = 管理、插件、支持 / 月
term-driver-admin-cost-per-month-help = 从第 1 个月起每月持续发生的管理、插件和支持费用。
term-driver-internal-rollout-hours = 内部实施工时（一次性）
term-driver-internal-rollout-hours-help = 自己员工在实施中投入的小时数：数据清理、研讨会、参加培训的时间。在上线时（第 0 个月）计入，按团队成员的小时成本（月成本 / 工作小时数）计价。
term-driver-licence-increase-pct-per-year = 许可费年涨幅
term-driver-licence-increase-pct-per-year-help = 每年续约时席位价格的涨幅。在第 y 个许可年，席位费为 席位费 × (1 + 涨幅)^(y − 1)。
term-driver-cross-sell-uplift-pct = 交叉销售 / 追加销售提升
term-driver-cross-sell-uplift-pct-help = 有了客户的 360° 视图，每笔成交带来更多收入。收益 = 基准收入 × 提升幅度 × 毛利率。
term-driver-cycle-time-reduction-pct = 销售周期缩短
term-driver-cycle-time-reduction-pct-help = 销售周期缩短的幅度。同样的销售管道每月可成交 1/(1 − c) 倍的单数：收益 = 基准收入 × c/(1 − c) × 毛利率。
term-driver-win-rate-uplift-pct = 赢单率提升
term-driver-win-rate-uplift-pct-help = 同样的销售管道赢得更多成交。收益 = 基准收入 × 提升幅度 × 毛利率。
term-driver-hours-saved-per-rep-per-week = 每人节省的事务时间
term-driver-hours-saved-per-rep-per-week-help = 每位团队成员每周在数据录入和报表上节省的小时数。收益 = 席位 × 小时数 × 52/12 × 小时成本。
term-driver-active-customers = 上线时的活跃客户数
term-driver-active-customers-help = CRM 上线时带来经常性收入的付费客户。每月都有客户流失；CRM 能留住更多客户。客户数是期望值，因此可以有小数。
term-driver-revenue-per-customer-per-month = 每位客户月经常性收入
term-driver-revenue-per-customer-per-month-help = 一位客户每月支付的金额（订阅、维护、重复订单）。每留住一位客户，每月带来此金额 × 毛利率。
term-driver-monthly-churn-pct = 无 CRM 时的月流失率
term-driver-monthly-churn-pct-help = 使用 CRM 之前每月流失客户的比例。没有 CRM 时，客户群每月按此比例减少。
term-driver-churn-reduction-pct = 流失率降低
term-driver-churn-reduction-pct-help = CRM 使月流失率降低的幅度（30% 可使 2% 的流失率变为 1.4%），随爬坡期逐步实现并按采用率折算。留住的客户会继续留存，因此收益会累积：(有 CRM 时客户数 − 无 CRM 时客户数) × 每位客户收入 × 毛利率 × (1 − 风险)。
term-driver-acquisition-spend-per-month = 获客支出 / 月
term-driver-acquisition-spend-per-month-help = 每月用于赢得新客户的营销和线索开发支出。
term-driver-acquisition-cost-reduction-pct = 获客成本降低
term-driver-acquisition-cost-reduction-pct-help = 获得同样多的新客户，支出可减少这么多（定位更精准，丢失的线索更少）。收益 = 支出 × 降幅：这是节省，因此不乘毛利率。
term-driver-support-cost-per-month = 支持团队成本 / 月
term-driver-support-cost-per-month-help = 支持或客服团队的月成本。
term-driver-support-time-reduction-pct = 支持时间缩短
term-driver-support-time-reduction-pct-help = 完成同样的支持工作可少用这么多时间（客户历史一目了然，转手更少）。收益 = 支持成本 × 降幅。
term-driver-ramp-months = 爬坡期
term-driver-ramp-months-help = 收益达到完整水平所需的月数；在此之前线性增长（第 m 个月得到完整收益的 m / 爬坡期）。0 = 从第 1 个月起即获得完整收益。
term-driver-adoption-pct = 采用率
term-driver-adoption-pct-help = 真正使用 CRM 的席位比例。每项收益都乘以它；成本不乘。
term-driver-discount-rate-annual-pct = 折现率（年）
term-driver-discount-rate-annual-pct-help = 年资本成本，用于计算净现值（NPV）和折现 ROI：第 m 个月的金额除以 (1 + 折现率)^(m/12)。
term-driver-benefit-risk-pct = 收益风险调整
term-driver-benefit-risk-pct-help = 考虑收益可能无法完全实现的风险，对每项收益所做的扣减（同 Forrester 的 TEI 方法）。收益 × (1 − 风险)。

## Units as shown after a value

term-unit-percent = %
term-unit-seats = 个席位
term-unit-deals-per-month = 笔/月
term-unit-hours-per-month = 小时/月
term-unit-hours-per-week = 小时/周
term-unit-hours = 小时
term-unit-customers = 个客户
term-unit-days = 天
term-unit-months = 个月

## Units with their count (Chinese has no plural forms)

term-unit-count-seats = { $count ->
       *[other] { $value } 个席位
    }
term-unit-count-deals-per-month = { $count ->
       *[other] { $value } 笔/月
    }
term-unit-count-hours-per-month = { $count ->
       *[other] { $value } 小时/月
    }
term-unit-count-hours-per-week = { $count ->
       *[other] { $value } 小时/周
    }
term-unit-count-hours = { $count ->
       *[other] { $value } 小时
    }
term-unit-count-customers = { $count ->
       *[other] { $value } 个客户
    }
term-unit-count-days = { $count ->
       *[other] { $value } 天
    }
term-unit-count-months = { $count ->
       *[other] { $value } 个月
    }

## Input groups.

term-group-team = 团队
term-group-sales-before = 使用 CRM 前的销售
term-group-crm-costs = CRM 成本
term-group-gains = CRM 带来的收益
term-group-customers = 客户（留存）
term-group-marketing = 营销
term-group-service = 服务
term-group-adoption-and-risk = 采用率与风险
term-group-finance = 财务

## Parts of the gain and kinds of cost.

term-gain-cross-sell = 交叉销售 / 追加销售
term-gain-faster-cycle = 更短的销售周期
term-gain-win-rate = 更高的赢单率
term-gain-time-saved = 节省的时间
term-gain-customers-kept = 留住的客户
term-gain-cheaper-acquisition = 更低的获客成本
term-gain-faster-service = 更快的服务
term-gain-other-gains = 其他收益
term-cost-licences = 许可费
term-cost-admin = 管理与插件
term-cost-one-time = 一次性（实施）
term-cost-other-costs = 其他成本

## Groups tracked after go-live.

term-tracked-sales = 销售
term-tracked-time-saved = 节省的时间
term-tracked-customers-kept = 留住的客户
term-tracked-cheaper-acquisition = 更低的获客成本
term-tracked-faster-service = 更快的服务
term-tracked-other-gains = 其他收益

## Measures: column headings of the tracking grid.

term-measure-revenue = 收入
term-measure-deals-won = 成交数
term-measure-sales-cycle-days = 周期（天）
term-measure-hours-saved-per-rep-per-week = 每周节省小时
term-measure-active-customers = 客户数
term-measure-acquisition-spend = 获客支出
term-measure-support-cost = 支持成本
term-measure-crm-cost = CRM 成本
# The department's month before and after the CRM (the table under the charts)
term-dept-deals-won = 成交数
term-dept-new-business-revenue = 新业务收入
term-dept-customers = 客户数
term-dept-recurring-revenue = 经常性收入
term-dept-gross-profit = 毛利
term-dept-team-cost = 团队成本
term-dept-crm-cost = CRM 成本
term-dept-marketing-spend = 营销支出
term-dept-support-cost = 客服成本
term-dept-time-value-freed = 节省时间的价值
term-dept-other-gains = 其他收益
term-dept-contribution = 边际贡献

## Formatted figures.

format-roi-beyond-limit = 超过 10^20%
format-roi-below-limit = 低于 -10^20%
format-not-available = 不适用
format-payback-months = { $count ->
       *[other] { $months } 个月
    }
format-payback-not-within = { $count } 个月内未收回

## Errors shown in the window.

error-in-file = { $path }：{ $reason }
error-file-not-text = { $path }：{ $at }：文件不是 UTF-8 文本（它是场景文件吗？）
error-file-syntax = { $path }：{ $at }：{ $message }
error-file-newer-version = { $path }：场景格式版本 { $version } 比此版本 crm-roi 可读取的版本更新（版本 { $oldest } 至 { $newest }）；请用更新的 crm-roi 打开
error-file-unknown-version = { $path }：场景格式版本 { $version } 不存在（版本为 { $oldest } 至 { $newest }）
error-file-cannot-save = { $path }：无法保存：{ $reason }
error-read-io = 无法读取文件：{ $reason }
error-read-not-regular-file = 不是普通文件（而是文件夹、管道或设备），因此不予读取
error-read-too-large = 文件大小为 { $size } MB，超过 { $limit } MB 的上限，因此不予读取
error-position = 第 { $line } 行，第 { $column } 列
error-csv-cell = { $path }：{ $place }：{ $reason }
error-csv-row = 第 { $row } 行
error-csv-column = 第 { $column } 列
error-csv-column-named = 第 { $column } 列（{ $name }）
error-csv-row-and-column = { $row }，{ $column }
error-calc-invalid = 场景无效：{ $errors }
error-calc-overflow = 数字太大，无法计算：{ $step } 溢出
error-calc-division-by-zero = { $step } 中出现除以零
error-calc-cancelled = 已取消

## Commands (menus and shortcuts)

command-new = 新建
command-open = 打开…
command-save = 保存
command-save-as = 另存为…
command-undo = 撤销
command-redo = 重做
command-present = 演示
command-quit = 退出
command-new-help = 以默认值新建场景
command-open-help = 打开场景文件（.ron）
command-save-help = 将场景保存到其文件
command-save-as-help = 将场景保存为新文件
command-undo-help = 撤销对输入项的上一次更改
command-redo-help = 重做刚才撤销的更改
command-present-help = 适合会议室的全屏视图（按 Esc 返回）
command-quit-help = 关闭窗口；下次打开时会恢复当前屏幕上的场景

## The window (app)

app-view-calculator = 计算器
app-view-compare = 比较
app-view-sensitivity = 敏感性
app-view-risk = 风险区间
app-view-goal-seek = 单变量求解
app-view-tracking = 计划与实际
app-view-calculator-help = 关键指标、图表和逐月预测
app-view-compare-help = 将此场景与最多三个其他场景并列比较
app-view-sensitivity-help = 哪个假设最重要：每次只变动一个驱动因素
app-view-risk-help = 结果可能偏差多大：基于低 / 最可能 / 高区间的蒙特卡洛模拟
app-view-goal-seek-help = 要达到目标 ROI 或投资回收期，需要满足什么条件
app-view-tracking-help = 上线后：各月的实际情况与计划对比
app-status-last-file-failed = 无法打开上次的文件：见上文
app-status-last-file-gone = 上次的文件 { $path } 已不存在：已打开新场景
app-status-restored = 已恢复“{ $name }”未保存的更改
app-error-recovery-delete = 无法删除恢复副本 { $path }：{ $error }
app-error-recovery-set-aside = 无法将恢复副本 { $path } 改名保留：{ $error }
app-presentation-cannot-compute = 无法计算此场景：请退出演示模式（Esc）查看原因。
app-dismiss = 关闭
app-cannot-compute = 无法计算此场景：{ $error }
app-note = 提示：{ $note }
app-note-help = 值得再核对一下的结果；数字仍以计算结果为准
app-years-heading = 分年度商业论证（{ $currency }）
app-monthly-table = 月度明细表

## Menu bar and status bar

menu-file = 文件
menu-export = 导出
menu-export-csv = 月度明细表（CSV）…
menu-export-html = 报告（HTML）…
menu-export-chart-png = 图表（PNG）…
menu-export-window-png = 窗口截图（PNG）…
menu-export-help = 保存{ $what }
menu-edit = 编辑
menu-presets = 预设
menu-view = 视图
menu-theme = 主题
menu-theme-system = 跟随系统
menu-theme-light = 浅色
menu-theme-dark = 深色
menu-zoom = 缩放：Ctrl+plus、Ctrl+minus、Ctrl+0
menu-present-button = 演示（F5）
menu-status-not-saved-yet = 尚未保存
menu-status-unsaved = 有未保存的更改
menu-status-saved = 已保存
menu-status-waiting-dialog = 正在等待文件对话框…

## File dialogs and what is exported

dialog-kind-csv = 月度明细表（CSV）
dialog-kind-html = 报告（HTML）
dialog-kind-chart-png = 图表（PNG）
dialog-kind-window-png = 窗口截图（PNG）
dialog-kind-actuals-template = 实测月份模板（CSV）
dialog-filter-scenario = 场景（RON）
dialog-title-open = 打开场景
dialog-title-add-to-compare = 添加要比较的场景
dialog-title-import-actuals = 导入实测月份（CSV）
dialog-title-save-as = 场景另存为
dialog-title-export = 导出{ $what }

## Exports

export-error-chart = 无法导出图表：{ $error }
export-status-exported = 已将{ $what }导出到 { $path }
export-status-image = 已将图像导出到 { $path }
export-error-image = 无法导出图像：{ $error }

## Opening and saving files

files-confirm-before-new = “{ $name }”有未保存的更改。新建场景前要保存吗？
files-confirm-before-open = “{ $name }”有未保存的更改。打开其他场景前要保存吗？
files-confirm-before-close = “{ $name }”有未保存的更改。关闭前要保存吗？
files-status-opened = 已打开 { $path }
files-status-saved = 已保存到 { $path }
files-status-imported = 已从 { $path } 导入 { $count } 个实测月份
files-status-opened-preset = 已打开预设“{ $title }”
files-status-new = 新场景
files-gone-heading = 文件已不存在
files-gone-text = “{ $name }”已不在 { $path }（已被移动、重命名或删除）。要重新保存到原处，还是保存到其他位置？
files-gone-save-again = 重新保存到原处
files-changed-heading = 文件已在磁盘上被更改
files-changed-text = 自从在此处打开以来，“{ $name }”（{ $path }）已被其他程序或窗口更改。现在保存将用此场景覆盖那些更改。
files-changed-overwrite = 覆盖
files-save = 保存
files-save-as = 另存为…
files-cancel = 取消
files-confirm-heading = 未保存的更改
files-discard = 放弃
files-discard-help = 丢弃这些更改；文件保持上次保存时的状态

## Settings and recovery of unsaved work

session-settings-not-utf8 = 它不是 UTF-8 文本
session-settings-set-aside = 无法恢复上次会话：其设置文件已损坏（{ $problem }）。该文件已保留为 { $path }；窗口将以全新设置启动。所有场景文件均未改动。
session-settings-not-set-aside = 无法恢复上次会话：{ $path } 已损坏（{ $problem }），且无法改名保留（{ $error }）。
session-no-recovery = 程序崩溃后将无法恢复未保存的更改（{ $error }）；请经常保存。
session-error-write = 无法写入恢复副本：{ $error }
session-found-heading = 发现未保存的更改
session-restore-question = 要恢复“{ $name }”在 { $time } 时未保存的更改吗？
session-found-text = crm-roi 结束时未保存这些更改（程序崩溃或被终止）。它们已保存在恢复副本中。
session-file = 文件：{ $path }
session-never-saved = 从未保存到文件
session-saved-after = 此副本生成之后，文件又保存过（{ $time }）；恢复将找回较早的、未保存的更改。
session-changed = 已更改：
session-restore = 恢复
session-restore-help = 按当时的状态打开场景，其更改保持未保存
session-discard = 放弃
session-discard-help = 删除恢复副本；文件保持上次保存时的状态
session-unreadable-heading = 无法读取恢复副本
session-unreadable-text = 无法读取 { $path }（{ $reason }）。它将保留在原目录中，改名为以 .unreadable 结尾，并且不会再提示恢复。
session-ok = 确定
session-change-name = 名称：原为“{ $before }”，现为“{ $after }”
session-change-input = { $input }：原为 { $before }，现为 { $after }
session-change-notes = 备注
session-change-ranges = 风险区间
session-change-actuals = 实测月份（计划与实际）
session-change-more = 以及另外 { $count } 项
session-unknown-time = 未知时间
session-day-and-time = { $month }{ $day }日 { $time }

## The scenario's name, currency, horizon and notes (header)

header-name = 名称
header-name-help = 场景名称，显示在标题和报告中
header-currency = 货币
header-currency-help = 所有金额使用的货币（仅用于显示，不做换算）
header-horizon = 测算期
header-horizon-measured = 第 { $month } 个月已有实测数据（计划与实际）：测算期不能在此之前结束
header-horizon-unit = { $count ->
   *[other] 个月
}
header-horizon-help-measured = 上线后测算 ROI 的月数：{ $shortest } 至 60。{ $note }。
header-horizon-help = 上线后测算 ROI 的月数：1 至 60。可拖动、输入，或在右侧选择常用的测算期。
header-horizon-pick = 按 { $count } 个月测算
header-notes = 备注
header-notes-hint = 假设、来源、谁说了什么…
header-notes-help = 随场景保存的自由备注；不参与计算

## The inputs panel

inputs-key-drivers = 关键驱动因素
inputs-key-drivers-note = 供应商的 ROI 计算器通常询问的项目
inputs-not-used = 未使用
inputs-extra-lines = 附加条目
inputs-extra-lines-count = 附加条目（{ $count }）
inputs-allowed = 允许范围：{ $range } { $unit }。
inputs-range-toggle-name = { $driver }的风险区间
inputs-range-toggle-help = 为此驱动因素设置风险区间（低 / 最可能 / 高）
inputs-range = 区间
inputs-hint-customers = 适用于有经常性收入的客户群：客户有多少、每位客户每月支付多少、流失多少，以及 CRM 能把流失率降低多少。
inputs-hint-marketing = 营销支出，以及 CRM 能使每个新客户的获取成本降低多少。
inputs-hint-service = 支持团队的成本，以及 CRM 能为其节省多少时间。
inputs-billing = 许可计费方式
inputs-billing-monthly = 按月
inputs-billing-annual = 按年预付
inputs-billing-help = 按月：从第 1 个月起每月支付 席位 × 席位价格。按年：在每个许可年开始时（第 1、13、25… 个月）支付 12 个月的许可费，即使测算期在该年中途结束。按整年计算，两种方式的许可费相同；按年计费使成本提前发生，这会体现在投资回收期和净现值（NPV）中。
inputs-error-outside = { $value } 超出允许范围 { $range }
inputs-range-text = { $min } 至 { $max }
inputs-read-as = 已将“{ $typed }”读作 { $value }。

## Risk ranges (low / most likely / high) of a driver

ranges-low = 低
ranges-most-likely = 最可能
ranges-high = 高
ranges-low-help = { $driver }的低值
ranges-most-likely-help = { $driver }的最可能值
ranges-high-help = { $driver }的高值
ranges-error-order = { $driver }：低值不得高于最可能值，最可能值不得高于高值
ranges-error-allowed = { $whole ->
    [yes] { $driver }：允许 { $min } 至 { $max }（整数）
   *[no] { $driver }：允许 { $min } 至 { $max }
}
ranges-error-entry = { $driver }：{ $error }

## The extra lines editor

lines-intro = 驱动因素未涵盖的收益或成本：不再付费的旧系统、集成合作伙伴、每年的数据费用。
lines-add = 添加条目
lines-add-help = 从第 1 个月起每月发生的成本；可修改其名称、类型、金额和月份
lines-add-full = 一个场景最多包含 { $max } 个条目
lines-new-name = 条目 { $number }
lines-name-name = 条目 { $number } 名称
lines-kind-name = 条目 { $number } 类型
lines-kind-help = 收益（按风险调整扣减）或成本
lines-up = 上移
lines-up-name = 将条目 { $number } 上移
lines-up-help = 上移
lines-down = 下移
lines-down-name = 将条目 { $number } 下移
lines-down-help = 下移
lines-remove = 删除
lines-remove-name = 删除条目 { $number }
lines-remove-help = 删除此条目（Ctrl+Z 可恢复）
lines-amount-name = 条目 { $number } 金额
lines-per-name = 条目 { $number } 频率
lines-per-help = 一次性：全部金额计入所在月份。每月：每月计入该金额。每年：年度金额，每月计入十二分之一。
lines-in-month = 月份
lines-months = 月份
lines-from-help = 开始计入的月份（0 为上线）
lines-to = 至
lines-through-horizon = 测算期末
lines-through-horizon-help = 一直计到测算期结束，无论测算期多长
lines-to-name = 条目 { $number } 结束月份
lines-to-help = 最后计入的月份
lines-error-no-name = 条目需要名称
lines-error-name-too-long = 名称最多 { $max } 个字符（当前为 { $count } 个）
lines-error-amount-outside = { $value } 超出允许范围 0 至 { $max }
lines-kind-gain = 收益
lines-kind-cost = 成本
lines-per-once = 一次性
lines-per-month = 每月
lines-per-year = 每年

## The KPI tiles and their formulas (tooltips)

tiles-roi-caption = { $months } 个月 ROI
tiles-roi-formula = ROI = (总收益 - 总成本) / 总成本 × 100
tiles-net-gain-caption = 净收益
tiles-net-gain-formula = 净收益 = { $months } 个月内的总收益 - 总成本
tiles-payback-caption = 投资回收期
tiles-npv-caption = 净现值（NPV）
tiles-npv-formula = NPV = 对各月 m 求和：(收益 - 成本) / (1 + i)^m
tiles-npv-rate = i = 每月 { $monthly }%（每年 { $annual }%）
tiles-npv-present-values = 收益现值 { $gains } - 成本现值 { $costs }
tiles-monthly-net-caption = 完全采用后月净额
tiles-monthly-net-formula = 爬坡完成后的月收益 - 月 CRM 成本，第 { $month } 个月
tiles-monthly-net-gain = 收益 = 完整收益 × 采用率 × (1 - 风险)
tiles-monthly-net-gain-more = + 当月留住的客户 + 经常性收益条目 = { $gain }
tiles-monthly-net-cost = 成本 = 席位 × 当年席位价格 + 管理费用
tiles-monthly-net-cost-more = + 经常性成本条目（不论计费方式）= { $cost }
tiles-cycle-caption = 新销售周期
tiles-days = { $days } 天
tiles-cycle-formula = 销售周期 × (1 - 周期缩短幅度)
tiles-cycle-formula-values = { $days } 天 × (1 - { $reduction }%)
tiles-customers-caption = 第 { $months } 个月客户数
tiles-customers-value = { $with }（无 CRM：{ $without }）
tiles-customers-formula =
    逐月推算客户数，上线时为 { $start }：
    没有 CRM 时，客户群每月流失 { $churn }%；
    有 CRM 时，流失率降低 { $reduction }%（逐步爬坡，× 采用率）。
    第 { $month } 个月留住 { $kept } 个客户，当月价值 { $worth }
    （× 每位客户收入 × 毛利率 × (1 - 风险)）。
tiles-payback-rule =
    投资回收期：累计净额从该月起始终不低于零的第一个月，
    在该月内按插值计算。
tiles-payback-not-reached = { $months } 个月后，累计净额仍为 { $net }。
tiles-payback-at-zero = 上线时没有待收回的投入：在第 0 个月即已收回。
tiles-payback-months = { $months } 个月

## The department before and after the CRM (ba)

ba-heading = 部门单月情况（{ $currency }）
ba-heading-help = 使用 CRM 之前，以及完全采用之后（已计入采用率和风险；客户数按测算期末计）。边际贡献的变化即完全采用后的月净额。
ba-before = 使用前
ba-after = 使用后
ba-change = 变化

## Charts shared by the calculator and presentation mode

plot-month-axis = 月份
plot-tooltip-month = 第 { $month } 个月
plot-roi-title = 累计 ROI
plot-roi-axis = ROI
plot-roi-series = ROI
plot-payback = 投资回收期 { $payback }
plot-cost-gain-title = 累计成本与收益
plot-cumulative-cost = 累计成本
plot-cumulative-gain = 累计收益
plot-break-even = 盈亏平衡：{ $month } 个月
plot-cumulative-net = 累计净额
plot-customers-title = 客户数
plot-customers-without = 无 CRM
plot-customers-with = 有 CRM
plot-customers-axis = 客户数
plot-gains-title = 各驱动因素的月收益
plot-costs-title = 各类月成本
plot-total = 合计

## Compare

compare-heading = 与屏幕上的场景比较：
compare-remove-help = 从比较中移除
compare-add-file = 添加文件…
compare-add-preset = 添加预设
compare-add-preset-help = 添加一个示例场景
compare-empty = 添加场景文件或预设，与屏幕上的场景进行比较。
compare-on-screen = 屏幕上
compare-warning-currencies = 这些场景使用不同的货币：金额未换算，因此不做排名。
compare-warning-horizons = 这些场景的测算期不同：总额、ROI 和净现值（NPV）覆盖的期间不同，因此不做排名。
compare-roi-title = 累计 ROI
compare-roi-axis = ROI
compare-cost-gain-title = 累计成本（虚线）与收益
compare-series-cost = { $name } 成本
compare-series-gain = { $name } 收益
compare-kpis-title = 核心指标
compare-horizon = 测算期
compare-horizon-months = { $months } 个月
compare-row-total-cost = 总成本
compare-row-total-gain = 总收益
compare-row-net-gain = 净收益
compare-row-roi = ROI
compare-row-payback = 投资回收期
compare-row-npv = 净现值（NPV）
compare-row-discounted-roi = 折现 ROI
compare-row-monthly-net = 完全采用后月净额
compare-not-ranked-currencies = 货币不同：不排名
compare-not-ranked-horizons = 测算期不同：不排名
compare-best-help = 本行最佳
compare-inputs-title = 不同的输入项
compare-inputs-same = 所有输入项都相同。

## Sensitivity

sens-swing = 变动幅度
sens-swing-help = 每个驱动因素上下变动的幅度，以其数值的百分比表示
sens-explanation = 每次只让一个驱动因素上下变动；对 ROI 影响最大的排在最上面。
sens-no-roi = 此场景的 ROI 无定义（完全没有成本）。
sens-base-roi = 测算期末 ROI：按当前输入为 { $roi }（中线）
sens-legend-down = 驱动因素 −{ $swing }%
sens-legend-up = 驱动因素 +{ $swing }%
sens-driver-help = { $driver }，当前为 { $today }：
    { $low } 时 ROI 为 { $roi_low }
    { $high } 时 ROI 为 { $roi_high }
    （NPV 为 { $npv_low } 至 { $npv_high } { $currency }）。点击以选中此输入项。
sens-bar-name = { $driver }的影响
sens-no-effect = 变动 ±{ $swing }% 对 ROI 无影响：
sens-no-effect-help = 为 0 的驱动因素无法按自身的比例变动；折现率影响净现值（NPV），不影响 ROI。点击其中一项以选中其输入项。
sens-no-effect-driver-help = 当前为 { $value }。点击以选中此输入项。
sens-axis-today = 当前 { $roi }

## Risk range

risk-runs = 模拟次数
risk-runs-help = 蒙特卡洛模拟的运行次数
risk-seed = 随机种子
risk-seed-help = 相同的种子得到相同的结果
risk-no-ranges = 请在下方至少为一个驱动因素设置区间，以查看估算可能偏差多大。
risk-updating = 正在更新…
risk-simulating = 正在模拟…
risk-ranges-title = 区间（低 / 最可能 / 高）
risk-driver = 驱动因素
risk-uncertain = 不确定
risk-tile-p50-roi = { $months } 个月 P50 ROI
risk-tile-p50-roi-formula = 一半的模拟结果高于此 ROI，一半低于此 ROI
risk-tile-roi-range = ROI 区间，P10 至 P90
risk-tile-roi-range-value = { $p10 } 至 { $p90 }%
risk-tile-roi-range-formula = 十次模拟中有八次落在这两个 ROI 之间
risk-tile-payback-chance = { $months } 个月内收回投资的概率
risk-tile-payback-chance-formula = 累计净额最终不低于零的模拟所占比例
risk-tile-negative-chance = ROI 为负的概率
risk-tile-negative-chance-formula = 在测算期内亏损的模拟所占比例
risk-tile-p50-payback = P50 投资回收期
risk-tile-p50-payback-formula = P10 { $p10 } / P50 { $p50 } / P90 { $p90 }
risk-runs-seed = { $count ->
   *[other] 模拟 { $runs } 次，种子 { $seed }
}
risk-band-title = 累计 ROI：P50 及 P10–P90 区间带
risk-band-axis = ROI
risk-band-p10-p90 = P10–P90
risk-band-p50 = P50
risk-band-tooltip = ROI { $percentile }
risk-histogram-title = 各次模拟的测算期末 ROI
risk-histogram-axis = 测算期末 ROI（%）
risk-histogram-runs-axis = 模拟次数
risk-histogram-runs = 模拟次数
risk-histogram-tooltip = ROI 从 { $from }% 到 { $to }%：{ $count } 次

## Goal seek

goal-title = 需要满足什么条件？
goal-driver = 驱动因素
goal-target = 目标
goal-roi = 测算期末 ROI
goal-payback = 投资回收期
goal-months-unit = 个月
goal-roi-help = 要达到的测算期末 ROI，以百分比表示
goal-payback-help = 要达到的投资回收期，以月计（须在测算期内）
goal-near-today = 接近当前
goal-near-today-help = 接近当前数值的目标
goal-apply = 应用到场景
goal-apply-help = 将驱动因素设为此值（可用 Ctrl+Z 撤销）

## Plan against actual

tracking-plan-changed = 已有实测月份之后计划发生了更改：这些月份现在与新计划对比（Ctrl+Z 可恢复旧计划）。
tracking-plan-changed-ok = 确定
tracking-cannot-compute = 无法计算此场景：原因请在计算器中查看。
tracking-nothing-measured = 尚无实测数据。请在下方表格中输入每个月的实际结果（空白单元格中以浅色显示计划数字），或从电子表格或 CRM 导入 CSV。可先导出模板再填写。
tracking-grid-heading = 实测月份（{ $currency }）
tracking-go-live = 上线月份
tracking-go-live-hint = YYYY-MM
tracking-go-live-help = 上线（第 0 个月）所在的日历月份，格式如 2026-03：之后各月会显示日期。留空则只显示月份序号。
tracking-error-go-live = 上线月份 { $typed }：请按 2026-03 的格式写出年份和月份
tracking-attribution = 归功于 CRM 的比例
tracking-attribution-help = 每项实测变化中归功于 CRM 的比例。收入增长也来自招聘、新市场和新产品，客户留下也有其他原因：只把属于 CRM 的那部分算给它。100% 表示全部归功于 CRM。
tracking-rollout-cost = 实施实际成本
tracking-not-measured = 未实测
tracking-rollout-cost-help = 上线时（第 0 个月）实施的实际成本：实施服务、培训、员工时间。留空：沿用计划中的一次性成本。
tracking-error-rollout-cost = 实施实际成本：{ $message }
tracking-import-csv = 导入 CSV…
tracking-import-csv-help = 从 CSV 合并实测月份（文件中的月份会替换该月的数据）；Ctrl+Z 可撤销
tracking-export-template = 导出 CSV 模板…
tracking-export-template-help = 包含每项指标的列和计划中各月数字的 CSV，可直接用实际结果覆盖
tracking-error-outside = { $value } 超出 0 至 { $max } 的范围
tracking-month = 月份
tracking-cell-help = { $measure }，月份 { $month }。计划：{ $plan }。留空：未实测。
tracking-cell-name = { $measure }，第 { $month } 个月
tracking-error-cell = 月份 { $month }，{ $measure }：{ $message }
tracking-help-revenue = 当月新业务收入（{ $currency }）。已实现的销售收益 = (收入 − 使用 CRM 前的收入) × 毛利率 × 归功于 CRM 的比例。
tracking-help-deals-won = 当月成交数：与计划数并列显示；不计为金额。
tracking-help-sales-cycle = 从首次接触到成交的平均天数：与计划的新周期并列显示；不计为金额。
tracking-help-hours-saved = 每位团队成员每周节省的事务小时数：按小时成本 × 归功比例计价。
tracking-help-customers = 月末的付费客户数：高于无 CRM 基准的部分计为留住的客户。
tracking-help-acquisition = 当月营销支出（{ $currency }）：低于计划支出的部分即为节省。
tracking-help-support-cost = 当月支持团队成本（{ $currency }）：低于计划成本的部分即为节省。
tracking-help-crm-cost = 当月 CRM 的全部成本（{ $currency }）：许可费、管理费及其他一切费用。留空：沿用计划成本。
tracking-through-none = 尚无
tracking-tile-roi = 迄今 ROI（计划）
tracking-tile-roi-formula = 第 0 至 { $through } 个月：累计净额 / 累计成本 × 100，
    实际 { $actual }，计划 { $plan }
tracking-tile-net = 迄今净额
tracking-tile-net-formula = 实际 { $actual }，计划 { $plan }
    差异 { $variance }
tracking-tile-variance = 迄今差异
tracking-tile-variance-formula = 迄今实际净额 − 迄今计划净额
tracking-tile-outlook-roi = 预测：{ $months } 个月 ROI
tracking-tile-outlook-roi-formula = 已实测的月份，其后各月按计划：
    测算期末净额 { $net }
tracking-tile-outlook-payback = 预测：投资回收期
tracking-tile-outlook-payback-formula = 已实测的月份，其后按计划：累计净额从该月起始终不低于零的第一个月
tracking-tile-through = 实测截至
tracking-tile-through-formula = 有实测数据的最后一个月；每项实测变化的 { $attribution }% 归功于 CRM
tracking-chart-title = 累计净额：计划与实际
tracking-plan = 计划
tracking-actual = 实际
tracking-outlook = 预测
tracking-measured-month = 实测月份
tracking-variance = 差异
tracking-groups-heading = { $through ->
    [0] 各类迄今收益，尚无实测月份（{ $currency }）
    [1] 各类迄今收益，第 1 个月（{ $currency }）
   *[other] 各类迄今收益，第 1–{ $through } 个月（{ $currency }）
}
tracking-group-sales-help = 交叉销售、更短周期和赢单率的合计：实测收入无法将它们区分开
tracking-total = 合计
tracking-kpis-title = 成交数、周期和客户数与计划对比
tracking-kpis-none = 尚未实测成交数、周期长度或客户数。
tracking-kpi-cell = { $actual }（计划 { $plan }，{ $difference }）
tracking-quarters-title = 按季度
tracking-later-quarters = 第 { $first }–{ $last } 个月：尚无实测数据，按季度列出计划

## Presentation mode

present-exit = 退出（Esc）
present-exit-help = 返回计算器
present-high-contrast = 高对比度
present-high-contrast-help = 黑白显示，适用于投影仪
present-larger = A+
present-larger-help = 放大文字（Ctrl+plus）
present-smaller = A-
present-smaller-help = 缩小文字（Ctrl+minus）
present-subtitle = { $months } 个月的 CRM 投资回报，金额单位：{ $currency }
present-reset = 重置
present-reset-help = 恢复为场景中的 { $value }
present-what-if-help = 如果改变会怎样？{ $help }
    滑块下方的标记为场景中的数值。

## Reports: the terminal table, Markdown, HTML, analyses and tracking.

## Shared figures and words
report-horizon = 测算期
report-horizon-months = { $count } 个月
report-total-cost = 总成本
report-total-gain = 总收益
report-net-gain = 净收益
report-roi = 投资回报率（ROI）
report-payback = 投资回收期
report-npv = 净现值（NPV）
report-discounted-roi = 折现 ROI
report-monthly-gain-full-adoption = 完全采用后月收益
report-monthly-net-full-adoption = 完全采用后月净额
report-new-sales-cycle = 新销售周期
report-days = { $days } 天
report-roi-at-months = { $months } 个月 ROI
report-currency = 货币
report-licences-billed = 许可计费方式
report-billing-monthly = 按月
report-billing-annually = 按年
report-billing-annually-ahead = 按年预付
report-gain = 收益
report-cost = 成本
report-net = 净额
report-initial = 初始
report-note = 提示：{ $note }
report-notes-heading = 备注
report-figure = 指标
report-value = 数值

## Monthly table columns
report-col-month = 月份
report-col-cost = 成本
report-col-gain = 收益
report-col-net = 净额
report-col-cumulative-cost = 累计成本
report-col-cumulative-gain = 累计收益
report-col-cumulative-net = 累计净额
report-col-roi = ROI

## Extra lines
report-extra-lines = 附加条目
report-lines-line = 条目
report-lines-kind = 类型
report-lines-amount = 金额
report-lines-per = 频率
report-lines-months = 月份
report-line-per-once = 一次性
report-line-per-month = 每月
report-line-per-year = 每年（每月计入十二分之一）
report-line-month = 第 { $month } 个月
report-line-months = 第 { $from }–{ $to } 个月
report-lines-count = { $count ->
    [0] 无
   *[other] { $count } 个条目
}

## Plausibility notes
report-notes-high-roi = ROI 达到 { $roi }，远高于 CRM 案例通常报告的水平（几百个百分点）。
report-notes-high-roi-driver = 其中大部分（收益的 { $share }%）来自{ $part }，源于 { $driver } = { $value }：请核实这一假设。
report-notes-high-roi-lines = 其中大部分（收益的 { $share }%）来自附加收益条目：请核实这些条目。
report-notes-payback-no-cost = 投资立即收回，因为没有一次性成本（实施、培训、内部工时）：第一个月就已获得 { $gain } 的收益。大多数实施都需要一定的前期投入。
report-notes-fast-payback = 第一个月内即收回投资：首月收益（{ $gain }）已覆盖一次性成本（{ $cost }）。
report-notes-gain-above-revenue = 完全采用后，CRM 每月带来的收益为 { $gain }，超过了整个团队目前每月 { $revenue } 的销售额：请核实各项提升幅度。
report-notes-time-saved = 节省的时间被计为金额（每月 { $value }，占收益的 { $share }%）：只有腾出的时间用于销售或人员成本减少时，这部分收益才会兑现。

## Terminal table and Markdown
report-table-title = { $name }（金额单位：{ $currency }）
report-md-amounts-in = 金额单位：{ $currency }。
report-month-by-month = 逐月明细

## HTML report
report-html-title = { $name } – CRM 投资回报率（ROI）
report-html-meta = CRM 投资回报率（ROI） · 编制于 { $date } · 金额单位：{ $currency } · 测算期 { $months } 个月
report-html-charts = 图表
report-html-inputs = 输入项
report-html-footer = 由 crm-roi 计算：采用精确的十进制运算，显示时四舍五入到分。
report-before-after-heading = 部门单月情况，完全采用后（{ $currency }）
report-before-after-before = 使用前
report-before-after-after = 使用后
report-before-after-change = 变化

## Charts
report-chart-month-axis = 月份
report-chart-bar-title = { $series }，第 { $month } 个月：{ $value }
report-chart-break-even = 盈亏平衡：{ $month } 个月
report-chart-cost-gain = 累计成本与收益（{ $currency }）
report-chart-cumulative-cost = 累计成本
report-chart-cumulative-gain = 累计收益
report-chart-payback = 投资回收期 { $months } 个月
report-chart-roi = 累计 ROI
report-chart-roi-series = ROI %
report-chart-gain-by-driver = 各驱动因素的月收益（{ $currency }）
report-chart-cost-by-kind = 各类月成本（{ $currency }）

## How the numbers are computed (HTML report)
report-formulas-heading = 数字的计算方法
report-formulas-baseline = 基准月收入 = 席位 × 每人每月成交数 × 每笔成交收入。毛利率（{ $margin }%）是新增收入中计为收益的比例。
report-formulas-gains = 完全采用后的各项收益相加：交叉销售 / 追加销售 = 基准收入 × 提升幅度 × 毛利率；更短的销售周期 = 基准收入 × c/(1 − c) × 毛利率，因为销售周期缩短 c 时，同样的销售管道可成交 1/(1 − c) 倍的单数；更高的赢单率 = 基准收入 × 提升幅度 × 毛利率；节省的时间 = 席位 × 每周节省小时数 × 52/12 × 小时成本（月成本 / 工作小时数）；更低的获客成本 = 获客支出 × 降幅，更快的服务 = 支持成本 × 降幅（属于节省，因此不乘毛利率）。
report-formulas-adoption = 这些收益乘以采用率（{ $adoption }%）和 1 − 风险调整（{ $risk }%），并在 { $ramp } 个月的爬坡期内线性增长。收益从第 1 个月开始计算。
report-formulas-customers = 留住的客户：逐月推算客户群，没有 CRM 时按月流失率流失，有 CRM 时流失率按流失率降低幅度降低（逐步爬坡，× 采用率）；收益为客户数之差 × 每位客户收入 × 毛利率 × (1 − 风险)，因此会累积。
report-formulas-costs = 成本：实施、培训和实施中的员工时间（小时 × 小时成本）计入上线时（第 0 个月）；许可费和管理费用此后每月发生。许可费在每次续约时按年涨幅上涨；按年计费时，每个许可年的费用在年初支付。
report-formulas-lines = 附加条目按输入值计入（一次性、每月，或将年度金额分摊到各月）；收益条目按风险调整扣减，但不受采用率或爬坡期影响。
report-formulas-roi = ROI = 累计净额 / 累计成本 × 100。投资回收期是累计净额从该月起始终不低于零的第一个月，在该月内按插值计算。
report-formulas-npv = 净现值（NPV）将第 m 个月按 (1 + { $rate }%)^(m/12) 折现；折现 ROI = (收益现值 − 成本现值) / 成本现值。分年度商业论证则改为在每年年末折现。

## The business case by year
report-years-heading = 分年度商业论证（{ $currency }）
report-years-title = { $name }：分年度商业论证（金额单位：{ $currency }）
report-years-year = 第 { $year } 年
report-years-part-year = 第 { $year } 年（第 { $first }–{ $last } 个月）
report-years-total = 合计
report-years-present-value = 现值
report-years-total-gains = 总收益
report-years-total-costs = 总成本
report-years-footnote = 现值：每年的数字除以 (1 + { $rate }%)^年数，按已发布的商业论证（Forrester TEI 方法）的做法在年末折现；初始（上线，第 0 个月）不折现。按年计算的 NPV 为 { $npv }，ROI 为 { $roi }。主要指标中的 NPV（{ $headline_npv }）按月折现。

## Plan against actual
report-tracking-heading = 计划与实际
report-tracking-title = { $name }：计划与实际（金额单位：{ $currency }）
report-tracking-measured-through = 实测截至
report-tracking-none-measured = 尚无实测月份
report-tracking-through-month = 第 { $month } 个月
report-tracking-attribution = 归功于 CRM 的比例
report-tracking-roi-to-date = 迄今 ROI，实际（计划）
report-tracking-net-to-date = 迄今净额，实际（计划）
report-tracking-variance-to-date = 迄今差异
report-tracking-outlook-net = 预测：测算期末净额
report-tracking-outlook-roi = 预测：测算期末 ROI
report-tracking-outlook-payback = 预测：投资回收期
report-tracking-col-measured = 已实测
report-tracking-col-plan-gain = 计划收益
report-tracking-col-actual-gain = 实际收益
report-tracking-col-plan-cost = 计划成本
report-tracking-col-actual-cost = 实际成本
report-tracking-col-plan-cum-net = 计划累计净额
report-tracking-col-actual-cum-net = 实际累计净额
report-tracking-yes = 是
report-tracking-by-quarter = 按季度
report-tracking-quarter = 季度
report-tracking-plan = 计划
report-tracking-actual = 实际
report-tracking-variance = 差异
report-tracking-outlook = 预测
report-tracking-measured-month = 实测月份
report-tracking-chart = 累计净额：计划与实际（{ $currency }）
report-quarter-month = Q{ $quarter }（第 { $month } 个月）
report-quarter-months = Q{ $quarter }（第 { $first }–{ $last } 个月）

## Calendar months, short, and a month of a year
report-month-jan = 1月
report-month-feb = 2月
report-month-mar = 3月
report-month-apr = 4月
report-month-may = 5月
report-month-jun = 6月
report-month-jul = 7月
report-month-aug = 8月
report-month-sep = 9月
report-month-oct = 10月
report-month-nov = 11月
report-month-dec = 12月
report-short-month = { $year }年{ $month }

## Sensitivity
report-sensitivity-title = { $name }：每次单独将一个驱动因素变动 -/+{ $swing }%；{ $months } 个月 ROI 为 { $roi }，NPV 为 { $npv }
report-sensitivity-driver = 驱动因素
report-sensitivity-low-value = 低值
report-sensitivity-high-value = 高值
report-sensitivity-roi-low = ROI 低值
report-sensitivity-roi-high = ROI 高值
report-sensitivity-npv-low = NPV 低值（{ $currency }）
report-sensitivity-npv-high = NPV 高值（{ $currency }）

## Risk range
report-risk-title = { $name }：模拟 { $runs } 次，种子 { $seed }
report-risk-heading = 风险区间（模拟 { $runs } 次，种子 { $seed }）
report-risk-payback-months = 投资回收期，月（– = { $horizon } 个月内未收回）
report-risk-chance-payback = { $months } 个月内收回投资的概率
report-risk-chance-payback-value = { $months } 个月内收回投资的概率：{ $chance }%
report-risk-chance-negative = ROI 为负的概率
report-risk-chance-negative-value = ROI 为负的概率：{ $chance }%
report-risk-roi-p10 = ROI P10
report-risk-roi-p50 = ROI P50
report-risk-roi-p90 = ROI P90
report-risk-range = { $driver }：低 { $low }，最可能 { $likely }，高 { $high }

## Goal seek
report-goal-target-roi = { $months } 个月 ROI 达到 { $roi }
report-goal-target-payback = 在 { $months } 个月内收回投资
report-goal-metric-roi = ROI { $roi }
report-goal-metric-no-roi = 无 ROI（没有任何支出）
report-goal-metric-payback = 投资回收期 { $payback }
report-goal-today = 当前：{ $value }。
report-goal-reached = 当 { $driver } = { $value } 时，可实现：{ $target }。
report-goal-reached-exactly = 当 { $driver } = { $value } 时，可实现：{ $target }（{ $achieved }）。
report-goal-before-month-zero = 投资回收期不能早于第 0 个月。
report-goal-beyond-horizon = { $months } 个月的投资回收期超出了 { $horizon } 个月的测算期：预测没有延伸到那么远。请延长测算期后再求解。
report-goal-jump-roi = 无法实现：{ $target }。随着 { $driver } 变化，ROI 会跳过该值。
report-goal-jump-payback = 无法实现：{ $target }。随着 { $driver } 变化，投资回收期会跳过该值。
report-goal-between-whole = { $driver } 的任何整数值都无法恰好实现：{ $target }。{ $low } 时为 { $low_metric }，{ $high } 时为 { $high_metric }。
report-goal-no-whole = { $driver } 的任何整数值都无法恰好实现：{ $target }。
report-goal-out-of-range = { $driver } 在 { $min } 至 { $max } 之间的任何值都无法实现：{ $target }。{ $min } 时为 { $at_min }，{ $max } 时为 { $at_max }。
report-goal-nearest = 最接近的可达结果：{ $driver } = { $value } 时为 { $metric }。

## Compare
report-compare-currencies-differ = 警告：这些场景使用不同的货币。金额未换算；只能比较 ROI 和投资回收期。
report-compare-horizons-differ = 提示：测算期不同，因此总额、ROI 和 NPV 覆盖的期间不同；比较时请谨慎。
report-compare-inputs-differ = 不同的输入项

## Images
report-png-cannot-make = 无法生成 { $width }×{ $height } 的图像
report-png-wrong-size = { $width }×{ $height } 的图像需要 { $expected } 字节，实际为 { $got } 字节


## Added after the first translation pass
menu-language = 语言
preset-defaults = 默认值
preset-200-percent = 200% 案例
preset-vendor-quick-estimate = 供应商式快速估算
preset-cautious-founder = 谨慎的创始人
preset-large-team = 大型团队，3 年
preset-subscription = 订阅业务，2 年
preset-tracked-half-year = 上线六个月后
menu-export-spreadsheet-csv = 月度明细表（按本语言格式，供电子表格使用）…
dialog-kind-spreadsheet-csv = 供电子表格使用的月度明细表（CSV）
