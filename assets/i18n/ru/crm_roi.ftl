# crm-roi: русские сообщения (перевод с английского исходника en/crm_roi.ftl).
app-name = crm-roi
## Ввод чисел
entry-empty = введите число
entry-not-a-number = «{ $typed }» — не число: введите, например, { $examples }
entry-too-large = «{ $typed }» — слишком большое число
# crm-roi: термины модели (src/locale/terms.rs), форматированные показатели
# (src/locale/format.rs) и сообщения об ошибках в окне (src/locale/messages.rs).

## Факторы: название и подсказка по имени поля фактора.

term-driver-seats = Пользователи CRM (сотрудники продаж)
term-driver-seats-help = Сотрудники, которые будут работать в CRM. На это число умножаются лицензии, обучение, базовые сделки и сэкономленное время.
term-driver-rep-monthly-cost = Затраты на сотрудника / мес.
term-driver-rep-monthly-cost-help = Полная месячная стоимость одного сотрудника для компании (зарплата, налоги и взносы, накладные расходы). Определяет стоимость сэкономленного часа: затраты / рабочие часы.
term-driver-working-hours-per-month = Рабочих часов в месяц
term-driver-working-hours-per-month-help = Оплачиваемые часы одного сотрудника в месяц. Стоимость часа = месячные затраты / эти часы.
term-driver-deals-per-rep-per-month = Выигранные сделки на сотрудника / мес.
term-driver-deals-per-rep-per-month-help = Успешно закрытые сделки одного сотрудника в месяц до внедрения CRM. Базовая выручка = пользователи × сделки × выручка со сделки.
term-driver-revenue-per-deal = Выручка со сделки
term-driver-revenue-per-deal-help = Средняя выручка с одной выигранной сделки. Любой прирост выручки считается как доля заданной ею базовой выручки.
term-driver-gross-margin-pct = Валовая маржа
term-driver-gross-margin-pct-help = Доля дополнительной выручки, которая засчитывается как выгода (выручка за вычетом себестоимости проданного). Укажите 100 %, чтобы считать выручку целиком, как это делают калькуляторы поставщиков.
term-driver-sales-cycle-days = Цикл продаж
term-driver-sales-cycle-days-help = Среднее число дней от первого контакта до закрытия сделки до внедрения CRM. Показывается сокращённым на величину сокращения цикла; сама выгода возникает именно из сокращения.
term-driver-seat-cost-per-month = Лицензия на пользователя / мес.
term-driver-seat-cost-per-month-help = Цена лицензии за одного пользователя в месяц. Регулярные затраты = пользователи × цена лицензии + администрирование, ежемесячно начиная с месяца 1.
term-driver-implementation-cost = Внедрение (разово)
term-driver-implementation-cost-help = Настройка, перенос данных, интеграция и консалтинг; оплачиваются один раз при запуске (месяц 0).
term-driver-training-cost-per-seat = Обучение на пользователя (разово)
term-driver-training-cost-per-seat-help = Разовые затраты на обучение одного пользователя; оплачиваются при запуске (месяц 0).
term-driver-admin-cost-per-month = Администрирование, модули, поддержка / мес.
term-driver-admin-cost-per-month-help = Текущее администрирование, дополнительные модули и поддержка в месяц, начиная с месяца 1.
term-driver-internal-rollout-hours = Время сотрудников на внедрение (разово)
term-driver-internal-rollout-hours-help = Часы, которые ваши сотрудники тратят на внедрение: очистка данных, рабочие встречи, время на обучении. Учитываются при запуске (месяц 0) по стоимости часа сотрудника (месячные затраты / рабочие часы).
term-driver-licence-increase-pct-per-year = Рост цены лицензий в год
term-driver-licence-increase-pct-per-year-help = Рост цены лицензии при каждом ежегодном продлении. В году лицензии y цена за пользователя = цена лицензии × (1 + рост)^(y − 1).
term-driver-cross-sell-uplift-pct = Рост кросс-продаж / допродаж
term-driver-cross-sell-uplift-pct-help = Больше выручки с каждой сделки благодаря полной картине клиента (360°). Выгода = базовая выручка × рост × маржа.
term-driver-cycle-time-reduction-pct = Сокращение цикла продаж
term-driver-cycle-time-reduction-pct-help = Насколько короче становится цикл продаж. Та же воронка тогда закрывает в 1/(1 − c) раз больше сделок в месяц: выгода = базовая выручка × c/(1 − c) × маржа.
term-driver-win-rate-uplift-pct = Рост доли выигранных сделок
term-driver-win-rate-uplift-pct-help = Больше выигранных сделок из той же воронки. Выгода = базовая выручка × рост × маржа.
term-driver-hours-saved-per-rep-per-week = Сэкономленное время на рутине (на сотрудника)
term-driver-hours-saved-per-rep-per-week-help = Часы на ввод данных и отчётность, которые экономит каждый сотрудник в неделю. Выгода = пользователи × часы × 52/12 × стоимость часа.
term-driver-active-customers = Активные клиенты на момент запуска
term-driver-active-customers-help = Платящие клиенты с регулярной выручкой на момент запуска CRM. Каждый месяц часть из них уходит (отток); CRM помогает удержать больше. Число клиентов — ожидаемая величина, поэтому дробные значения допустимы.
term-driver-revenue-per-customer-per-month = Регулярная выручка с клиента / мес.
term-driver-revenue-per-customer-per-month-help = Сколько один клиент платит в месяц (подписка, сопровождение, повторные заказы). Каждый удержанный клиент приносит эту сумму × маржа в месяц.
term-driver-monthly-churn-pct = Месячный отток без CRM
term-driver-monthly-churn-pct-help = Доля клиентов, уходящих каждый месяц до внедрения CRM. Без CRM клиентская база ежемесячно сокращается на эту долю.
term-driver-churn-reduction-pct = Снижение оттока
term-driver-churn-reduction-pct-help = Насколько CRM снижает месячный отток (30 % превращают отток 2 % в 1,4 %), с учётом периода разгона и уровня использования. Удержанные клиенты остаются, поэтому выгода накапливается: (клиенты с CRM − без CRM) × выручка с клиента × маржа × (1 − риск).
term-driver-acquisition-spend-per-month = Затраты на привлечение / мес.
term-driver-acquisition-spend-per-month-help = Ежемесячные расходы на маркетинг и лидогенерацию для привлечения новых клиентов.
term-driver-acquisition-cost-reduction-pct = Снижение стоимости привлечения
term-driver-acquisition-cost-reduction-pct-help = Столько же новых клиентов при расходах меньше на эту долю (точнее таргетинг, меньше потерянных лидов). Выгода = расходы × снижение: это экономия, поэтому без маржи.
term-driver-support-cost-per-month = Затраты на поддержку / мес.
term-driver-support-cost-per-month-help = Ежемесячные затраты на службу поддержки или клиентского сервиса.
term-driver-support-time-reduction-pct = Сокращение времени поддержки
term-driver-support-time-reduction-pct-help = Та же работа поддержки выполняется быстрее на эту долю (история клиента под рукой, меньше передач между сотрудниками). Выгода = затраты на поддержку × сокращение.
term-driver-ramp-months = Период разгона
term-driver-ramp-months-help = Число месяцев до выхода выгод на полный уровень; до этого они растут линейно (в месяце m — m / разгон от полной выгоды). 0 = полная выгода с месяца 1.
term-driver-adoption-pct = Уровень использования
term-driver-adoption-pct-help = Доля пользователей, которые реально работают в CRM. На неё умножается каждая выгода, но не затраты.
term-driver-discount-rate-annual-pct = Ставка дисконтирования (годовая)
term-driver-discount-rate-annual-pct-help = Годовая стоимость капитала для расчёта NPV и дисконтированного ROI: месяц m делится на (1 + ставка)^(m/12).
term-driver-benefit-risk-pct = Поправка на риск выгод
term-driver-benefit-risk-pct-help = Понижающая поправка к каждой выгоде на риск, что она реализуется не полностью (как в методике Forrester TEI). Выгоды × (1 − риск).

## Единицы после значения (для денег показывается код валюты, а не сообщение).

term-unit-percent = %
term-unit-seats = пользователей
term-unit-deals-per-month = сделок/мес.
term-unit-hours-per-month = ч/мес.
term-unit-hours-per-week = ч/нед.
term-unit-hours = ч
term-unit-customers = клиентов
term-unit-days = дн.
term-unit-months = мес.

## Единицы с числом: $value — число в отформатированном виде, $count выбирает форму
## (целое число с десятичными знаками, 1,00, выбирается как дробное).

term-unit-count-seats = { $count ->
        [one] { $value } пользователь
        [few] { $value } пользователя
        [many] { $value } пользователей
       *[other] { $value } пользователя
    }
term-unit-count-deals-per-month = { $count ->
        [one] { $value } сделка/мес.
        [few] { $value } сделки/мес.
        [many] { $value } сделок/мес.
       *[other] { $value } сделки/мес.
    }
term-unit-count-hours-per-month = { $count ->
        [one] { $value } час/мес.
        [few] { $value } часа/мес.
        [many] { $value } часов/мес.
       *[other] { $value } часа/мес.
    }
term-unit-count-hours-per-week = { $count ->
        [one] { $value } час/нед.
        [few] { $value } часа/нед.
        [many] { $value } часов/нед.
       *[other] { $value } часа/нед.
    }
term-unit-count-hours = { $count ->
        [one] { $value } час
        [few] { $value } часа
        [many] { $value } часов
       *[other] { $value } часа
    }
term-unit-count-customers = { $count ->
        [one] { $value } клиент
        [few] { $value } клиента
        [many] { $value } клиентов
       *[other] { $value } клиента
    }
term-unit-count-days = { $count ->
        [one] { $value } день
        [few] { $value } дня
        [many] { $value } дней
       *[other] { $value } дня
    }
term-unit-count-months = { $count ->
        [one] { $value } месяц
        [few] { $value } месяца
        [many] { $value } месяцев
       *[other] { $value } месяца
    }

## Группы полей ввода.

term-group-team = Команда
term-group-sales-before = Продажи до CRM
term-group-crm-costs = Затраты на CRM
term-group-gains = Выгоды от CRM
term-group-customers = Клиенты (удержание)
term-group-marketing = Маркетинг
term-group-service = Сервис
term-group-adoption-and-risk = Использование и риск
term-group-finance = Финансы

## Составляющие выгоды и виды затрат.

term-gain-cross-sell = Кросс-продажи / допродажи
term-gain-faster-cycle = Более короткий цикл продаж
term-gain-win-rate = Больше выигранных сделок
term-gain-time-saved = Сэкономленное время
term-gain-customers-kept = Удержанные клиенты
term-gain-cheaper-acquisition = Более дешёвое привлечение
term-gain-faster-service = Более быстрое обслуживание
term-gain-other-gains = Прочие выгоды
term-cost-licences = Лицензии
term-cost-admin = Администрирование и модули
term-cost-one-time = Разовые (внедрение)
term-cost-other-costs = Прочие затраты

## Группы, отслеживаемые после запуска.

term-tracked-sales = Продажи
term-tracked-time-saved = Сэкономленное время
term-tracked-customers-kept = Удержанные клиенты
term-tracked-cheaper-acquisition = Более дешёвое привлечение
term-tracked-faster-service = Более быстрое обслуживание
term-tracked-other-gains = Прочие выгоды

## Показатели: заголовки столбцов таблицы факта.

term-measure-revenue = Выручка
term-measure-deals-won = Выигр. сделки
term-measure-sales-cycle-days = Цикл (дн.)
term-measure-hours-saved-per-rep-per-week = Сэконом. ч/нед.
term-measure-active-customers = Клиенты
term-measure-acquisition-spend = Привлечение
term-measure-support-cost = Поддержка
term-measure-crm-cost = Затраты на CRM
# The department's month before and after the CRM (the table under the charts)
term-dept-deals-won = Выигранные сделки
term-dept-new-business-revenue = Выручка от новых продаж
term-dept-customers = Клиенты
term-dept-recurring-revenue = Регулярная выручка
term-dept-gross-profit = Валовая прибыль
term-dept-team-cost = Затраты на команду
term-dept-crm-cost = Затраты на CRM
term-dept-marketing-spend = Маркетинговые расходы
term-dept-support-cost = Затраты на поддержку
term-dept-time-value-freed = Ценность высвобожденного времени
term-dept-other-gains = Прочие выгоды
term-dept-contribution = Маржинальный доход

## Форматированные показатели.

format-roi-beyond-limit = более 10^20 %
format-roi-below-limit = менее -10^20 %
format-not-available = н/д
# $months — срок окупаемости, всегда с 2 знаками после запятой; $count выбирает форму
# (дробное число: «2,79 месяца», «1,00 месяца»).
format-payback-months = { $count ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяца
    }
# $count — горизонт в целых месяцах.
format-payback-not-within = { $count ->
        [one] не окупается за { $count } месяц
        [few] не окупается за { $count } месяца
        [many] не окупается за { $count } месяцев
       *[other] не окупается за { $count } месяца
    }

## Ошибки в окне. $path — файл; $reason и $message приходят от системы,
## модуля чтения файла или проверок и остаются как есть.

error-in-file = { $path }: { $reason }
error-file-not-text = { $path }: { $at }: файл не является текстом в UTF-8 (это точно файл сценария?)
error-file-syntax = { $path }: { $at }: { $message }
error-file-newer-version = { $path }: версия формата сценария { $version } новее, чем умеет читать эта сборка crm-roi (версии с { $oldest } по { $newest }); откройте его в более новой crm-roi
error-file-unknown-version = { $path }: версии формата сценария { $version } не существует (есть версии с { $oldest } по { $newest })
error-file-cannot-save = { $path }: не удалось сохранить: { $reason }
error-read-io = не удалось прочитать файл: { $reason }
error-read-not-regular-file = это не обычный файл (папка, канал или устройство), поэтому он не читается
error-read-too-large = размер файла { $size } МБ превышает предел { $limit } МБ, поэтому он не читается
error-position = строка { $line }, столбец { $column }
error-csv-cell = { $path }: { $place }: { $reason }
error-csv-row = строка { $row }
error-csv-column = столбец { $column }
error-csv-column-named = столбец { $column } ({ $name })
error-csv-row-and-column = { $row }, { $column }
error-calc-invalid = сценарий содержит ошибки: { $errors }
error-calc-overflow = числа слишком велики для расчёта: переполнение на шаге { $step }
error-calc-division-by-zero = деление на ноль на шаге { $step }
error-calc-cancelled = отменено
## Команды (меню и сочетания клавиш)

command-new = Создать
command-open = Открыть…
command-save = Сохранить
command-save-as = Сохранить как…
command-undo = Отменить
command-redo = Повторить
command-present = Презентация
command-quit = Выйти
command-new-help = Создать новый сценарий со значениями по умолчанию
command-open-help = Открыть файл сценария (.ron)
command-save-help = Сохранить сценарий в его файл
command-save-as-help = Сохранить сценарий в новый файл
command-undo-help = Отменить последнее изменение ввода
command-redo-help = Повторить только что отменённое изменение
command-present-help = Полноэкранный режим для переговорной (Esc — возврат)
command-quit-help = Закрыть окно; сценарий на экране откроется при следующем запуске

## Окно (app)

app-view-calculator = Калькулятор
app-view-compare = Сравнение
app-view-sensitivity = Чувствительность
app-view-risk = Диапазон риска
app-view-goal-seek = Подбор параметра
app-view-tracking = План и факт
app-view-calculator-help = Ключевые показатели, графики и помесячный прогноз
app-view-compare-help = Этот сценарий рядом с другими (до трёх)
app-view-sensitivity-help = Какое допущение важнее всего: каждый фактор меняется по отдельности
app-view-risk-help = Насколько может ошибаться оценка: метод Монте-Карло по диапазонам «минимум / наиболее вероятное / максимум»
app-view-goal-seek-help = Что должно выполняться, чтобы достичь целевого ROI или срока окупаемости
app-view-tracking-help = После запуска: фактические месяцы в сравнении с планом
app-status-last-file-failed = Не удалось открыть последний файл: см. выше
app-status-last-file-gone = Последнего файла { $path } больше нет: открыт новый сценарий
app-status-restored = Несохранённые изменения сценария «{ $name }» восстановлены
app-error-recovery-delete = Не удалось удалить резервную копию { $path }: { $error }
app-error-recovery-set-aside = Не удалось отложить резервную копию { $path }: { $error }
app-presentation-cannot-compute = Не удаётся рассчитать этот сценарий: выйдите из режима презентации (Esc), чтобы увидеть причину.
app-dismiss = Закрыть
app-cannot-compute = Не удаётся рассчитать этот сценарий: { $error }
app-note = Примечание: { $note }
app-note-help = Результат, который стоит перепроверить; показатели рассчитаны верно
app-years-heading = Бизнес-кейс по годам ({ $currency })
app-monthly-table = Помесячная таблица

## Строка меню и строка состояния

menu-file = Файл
menu-export = Экспорт
menu-export-csv = Помесячная таблица в CSV…
menu-export-html = Отчёт в HTML…
menu-export-chart-png = График в PNG…
menu-export-window-png = Окно в PNG…
# $what: что экспортируется, как в dialog-kind-* («отчёт (HTML)»)
menu-export-help = Сохранить { $what }
menu-edit = Правка
menu-presets = Примеры
menu-view = Вид
menu-theme = Тема
menu-theme-system = Как в системе
menu-theme-light = Светлая
menu-theme-dark = Тёмная
menu-zoom = Масштаб: Ctrl+plus, Ctrl+minus, Ctrl+0
menu-present-button = Презентация (F5)
menu-status-not-saved-yet = Ещё не сохранён
menu-status-unsaved = Есть несохранённые изменения
menu-status-saved = Сохранено
menu-status-waiting-dialog = Ожидание окна выбора файла…

## Диалоги файлов и что экспортируется

# Что экспортируется — дополнение к «Сохранить …» и «Экспортировать …» (menu-export-help,
# dialog-title-export, export-status-exported), в винительном падеже
dialog-kind-csv = помесячную таблицу (CSV)
dialog-kind-html = отчёт (HTML)
dialog-kind-chart-png = график (PNG)
dialog-kind-window-png = окно (PNG)
dialog-kind-actuals-template = шаблон фактических данных по месяцам (CSV)
dialog-filter-scenario = Сценарий (RON)
dialog-title-open = Открыть сценарий
dialog-title-add-to-compare = Добавить сценарий для сравнения
dialog-title-import-actuals = Импорт фактических данных по месяцам (CSV)
dialog-title-save-as = Сохранить сценарий как
dialog-title-export = Экспортировать { $what }

## Экспорт

export-error-chart = Не удалось экспортировать график: { $error }
export-status-exported = Экспорт завершён: файл { $path } содержит { $what }
export-status-image = Изображение экспортировано в { $path }
export-error-image = Не удалось экспортировать изображение: { $error }

## Открытие и сохранение файлов

files-confirm-before-new = В сценарии «{ $name }» есть несохранённые изменения. Сохранить их перед созданием нового сценария?
files-confirm-before-open = В сценарии «{ $name }» есть несохранённые изменения. Сохранить их перед открытием другого сценария?
files-confirm-before-close = В сценарии «{ $name }» есть несохранённые изменения. Сохранить их перед закрытием?
files-status-opened = Открыт { $path }
files-status-saved = Сохранено в { $path }
files-status-imported = { $count ->
        [one] Импортирован { $count } фактический месяц из { $path }
        [few] Импортировано { $count } фактических месяца из { $path }
        [many] Импортировано { $count } фактических месяцев из { $path }
       *[other] Импортировано { $count } фактического месяца из { $path }
    }
files-status-opened-preset = Открыт пример «{ $title }»
files-status-new = Новый сценарий
files-gone-heading = Файла больше нет
files-gone-text = Сценария «{ $name }» больше нет по пути { $path } (файл перемещён, переименован или удалён). Сохранить его туда снова или в другое место?
files-gone-save-again = Сохранить туда снова
files-changed-heading = Файл изменён на диске
files-changed-text = Сценарий «{ $name }» ({ $path }) был изменён другой программой или в другом окне после того, как его открыли здесь. Если сохранить сейчас, эти изменения будут заменены текущим сценарием.
files-changed-overwrite = Перезаписать
files-save = Сохранить
files-save-as = Сохранить как…
files-cancel = Отмена
files-confirm-heading = Несохранённые изменения
files-discard = Не сохранять
files-discard-help = Отбросить изменения; файл останется в последнем сохранённом виде

## Настройки и восстановление несохранённой работы

session-settings-not-utf8 = это не текст в UTF-8
session-settings-set-aside = Не удалось восстановить прошлый сеанс: файл настроек повреждён ({ $problem }). Он сохранён как { $path }; окно открывается с настройками по умолчанию. Файлы сценариев не затронуты.
session-settings-not-set-aside = Не удалось восстановить прошлый сеанс: файл { $path } повреждён ({ $problem }), и его не удалось отложить ({ $error }).
session-no-recovery = Несохранённые изменения не удастся восстановить после сбоя ({ $error }); сохраняйтесь почаще.
session-error-write = Не удалось записать резервную копию: { $error }
session-found-heading = Найдены несохранённые изменения
# $time: «14:32» сегодня, иначе «26 нояб. 14:32»
session-restore-question = Восстановить несохранённые изменения сценария «{ $name }» (время: { $time })?
session-found-text = crm-roi завершила работу, не сохранив их (произошёл сбой или программу остановили). Они сохранены в резервной копии.
session-file = Файл: { $path }
session-never-saved = Ни разу не сохранялся в файл
session-saved-after = Файл был сохранён после создания этой копии (время сохранения: { $time }); при восстановлении вернутся более старые несохранённые изменения.
session-changed = Изменено:
session-restore = Восстановить
session-restore-help = Открыть сценарий в прежнем виде, с несохранёнными изменениями
session-discard = Удалить
session-discard-help = Удалить резервную копию; файл останется в последнем сохранённом виде
session-unreadable-heading = Не удалось прочитать резервную копию
session-unreadable-text = Не удалось прочитать { $path } ({ $reason }). Файл останется рядом под именем с окончанием .unreadable и больше предлагаться не будет.
session-ok = ОК
session-change-name = Название: было «{ $before }», стало «{ $after }»
session-change-input = { $input }: было { $before }, стало { $after }
session-change-notes = Заметки
session-change-ranges = Диапазоны риска
session-change-actuals = Фактические месяцы (план и факт)
session-change-more = и ещё { $count }
session-unknown-time = неизвестно
session-day-and-time = { $day } { $month } { $time }

## Название, валюта, горизонт и заметки сценария (заголовок)

header-name = Название
header-name-help = Название сценария; показывается в заголовке и в отчётах
header-currency = Валюта
header-currency-help = Валюта всех сумм (только для отображения; ничего не конвертируется)
header-horizon = Горизонт
header-horizon-measured = Для месяца { $month } есть факт (план и факт): горизонт не может закончиться раньше
# После числа горизонта: «12 месяцев»
header-horizon-unit = { $count ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }
# $note: header-horizon-measured
header-horizon-help-measured = За сколько месяцев после запуска рассчитывается ROI: от { $shortest } до 60. { $note }.
header-horizon-help = За сколько месяцев после запуска рассчитывается ROI: от 1 до 60. Перетащите, введите число или выберите типовой горизонт справа.
header-horizon-pick = { $count ->
        [one] Рассчитать за { $count } месяц
        [few] Рассчитать за { $count } месяца
        [many] Рассчитать за { $count } месяцев
       *[other] Рассчитать за { $count } месяца
    }
header-notes = Заметки
header-notes-hint = Допущения, источники, кто что сказал…
header-notes-help = Произвольные заметки, сохраняются вместе со сценарием; в расчёте не участвуют

## Панель ввода

inputs-key-drivers = Ключевые факторы
inputs-key-drivers-note = То, что спрашивают ROI-калькуляторы поставщиков
# После заголовка группы, если все её значения равны нулю
inputs-not-used = не используется
inputs-extra-lines = Дополнительные статьи
inputs-extra-lines-count = Дополнительные статьи ({ $count })
# Под подсказкой фактора, во всплывающей подсказке; $range: inputs-range-text, $unit: единица фактора
inputs-allowed = Допустимо: { $range } { $unit }.
inputs-range-toggle-name = Диапазон риска: { $driver }
inputs-range-toggle-help = Задать для этого фактора диапазон риска (минимум / наиболее вероятное / максимум)
inputs-range = Диапазон
inputs-hint-customers = Для базы клиентов с регулярной выручкой: сколько клиентов, сколько каждый платит в месяц, сколько уходит и насколько CRM снижает этот отток.
inputs-hint-marketing = Расходы на маркетинг и то, насколько CRM удешевляет привлечение каждого нового клиента.
inputs-hint-service = Затраты на службу поддержки и то, какую долю её времени экономит CRM.
inputs-billing = Оплата лицензий
inputs-billing-monthly = Ежемесячно
inputs-billing-annual = Ежегодно, на год вперёд
inputs-billing-help = Ежемесячно: пользователи × цена лицензии каждый месяц начиная с месяца 1. Ежегодно: лицензии за 12 месяцев оплачиваются в начале каждого года лицензии (месяцы 1, 13, 25, …), даже если горизонт заканчивается внутри этого года. За целые годы сумма лицензий одинакова; годовая оплата сдвигает затраты на более ранний срок, что сказывается на окупаемости и NPV.
inputs-error-outside = { $value } вне допустимого диапазона: { $range }
inputs-range-text = от { $min } до { $max }
inputs-read-as = «{ $typed }» прочитано как { $value }.

## Диапазоны риска фактора (минимум / наиболее вероятное / максимум)

ranges-low = Минимум
ranges-most-likely = Наиболее вероятное
ranges-high = Максимум
ranges-low-help = Минимальное значение: { $driver }
ranges-most-likely-help = Наиболее вероятное значение: { $driver }
ranges-high-help = Максимальное значение: { $driver }
# Сообщения о диапазоне фактора начинаются с его названия (по нему их находит панель ввода)
ranges-error-order = { $driver }: минимум не может быть больше наиболее вероятного, а наиболее вероятное — больше максимума
ranges-error-allowed = { $whole ->
        [yes] { $driver }: допустимо от { $min } до { $max } (целое число)
       *[no] { $driver }: допустимо от { $min } до { $max }
    }
ranges-error-entry = { $driver }: { $error }

## Редактор дополнительных статей

lines-intro = Выгоды и затраты, которые не покрываются факторами: старая система, за которую вы перестаёте платить, партнёр-интегратор, ежегодная плата за данные.
lines-add = Добавить статью
lines-add-help = Затраты каждый месяц начиная с месяца 1; измените название, вид, сумму и месяцы
lines-add-full = В сценарии может быть не более { $max } статей
# Название новой статьи
lines-new-name = Статья { $number }
# Названия полей и кнопок статьи для экранного диктора
lines-name-name = Статья { $number }: название
lines-kind-name = Статья { $number }: вид
lines-kind-help = Выгода (уменьшается поправкой на риск) или затраты
lines-up = Выше
lines-up-name = Переместить статью { $number } выше
lines-up-help = Переместить выше
lines-down = Ниже
lines-down-name = Переместить статью { $number } ниже
lines-down-help = Переместить ниже
lines-remove = Удалить
lines-remove-name = Удалить статью { $number }
lines-remove-help = Удалить эту статью (Ctrl+Z вернёт её)
lines-amount-name = Статья { $number }: сумма
lines-per-name = Статья { $number }: периодичность
lines-per-help = Разово: вся сумма в указанном месяце. В месяц: сумма каждый месяц. В год: годовая сумма, по одной двенадцатой в месяц.
# «в месяце [3]» (разовая статья) или «месяцы [1] по [конец горизонта]»
lines-in-month = в месяце
lines-months = месяцы
lines-from-help = Первый месяц, в котором она учитывается (0 — запуск)
lines-to = по
lines-through-horizon = конец горизонта
lines-through-horizon-help = До конца горизонта, какой бы он ни был длины
lines-to-name = Статья { $number }: последний месяц
lines-to-help = Последний месяц, в котором она учитывается
lines-error-no-name = У статьи должно быть название
lines-error-name-too-long = Название — не более { $max } симв. (сейчас { $count })
lines-error-amount-outside = { $value } вне допустимого диапазона: от 0 до { $max }
lines-kind-gain = Выгода
lines-kind-cost = Затраты
# «2 400 EUR разово», «… в месяц», «… в год»
lines-per-once = разово
lines-per-month = в месяц
lines-per-year = в год

## Плитки ключевых показателей и их формулы (всплывающие подсказки)

tiles-roi-caption = { $months ->
        [one] ROI за { $months } месяц
        [few] ROI за { $months } месяца
        [many] ROI за { $months } месяцев
       *[other] ROI за { $months } месяца
    }
tiles-roi-formula = ROI = (выгоды всего - затраты всего) / затраты всего × 100
tiles-net-gain-caption = Чистая выгода
tiles-net-gain-formula = { $months ->
        [one] Чистая выгода = выгоды всего - затраты всего за { $months } месяц
        [few] Чистая выгода = выгоды всего - затраты всего за { $months } месяца
        [many] Чистая выгода = выгоды всего - затраты всего за { $months } месяцев
       *[other] Чистая выгода = выгоды всего - затраты всего за { $months } месяца
    }
tiles-payback-caption = Окупаемость
tiles-npv-caption = NPV
tiles-npv-formula = NPV = сумма по месяцам m величин (выгода - затраты) / (1 + i)^m
tiles-npv-rate = i = { $monthly } % в месяц ({ $annual } % в год)
tiles-npv-present-values = приведённая стоимость выгод { $gains } - затрат { $costs }
tiles-monthly-net-caption = Месячное сальдо при полном использовании
tiles-monthly-net-formula = Месячная выгода после разгона - месячные затраты на CRM, в месяце { $month }
tiles-monthly-net-gain = выгода = полные выгоды × использование × (1 - риск)
# Показывается с отступом под tiles-monthly-net-gain
tiles-monthly-net-gain-more = + удержанные в этом месяце клиенты + регулярные статьи выгод = { $gain }
tiles-monthly-net-cost = затраты = пользователи × цена лицензии этого года + администрирование
# Показывается с отступом под tiles-monthly-net-cost
tiles-monthly-net-cost-more = + регулярные статьи затрат (при любой схеме оплаты) = { $cost }
tiles-cycle-caption = Новый цикл продаж
# $days: отформатированное число, например 42,5
tiles-days = { $days } дн.
tiles-cycle-formula = Цикл продаж × (1 - сокращение цикла)
tiles-cycle-formula-values = { $days } дн. × (1 - { $reduction } %)
tiles-customers-caption = { $months ->
        [one] Клиенты через { $months } месяц
        [few] Клиенты через { $months } месяца
        [many] Клиенты через { $months } месяцев
       *[other] Клиенты через { $months } месяца
    }
tiles-customers-value = { $with } ({ $without } без CRM)
tiles-customers-formula =
    Клиенты помесячно, на момент запуска — { $start }:
    без CRM база теряет { $churn } % в месяц;
    с CRM отток ниже на { $reduction } % (с учётом разгона, × использование).
    Удержано к месяцу { $month }: клиентов — { $kept }, их вклад в этом месяце — { $worth }
    (× выручка с клиента × маржа × (1 - риск)).
tiles-payback-rule =
    Окупаемость: первый месяц, начиная с которого накопленное сальдо остаётся не ниже нуля,
    с интерполяцией внутри этого месяца.
tiles-payback-not-reached = { $months ->
        [one] Через { $months } месяц накопленное сальдо всё ещё { $net }.
        [few] Через { $months } месяца накопленное сальдо всё ещё { $net }.
        [many] Через { $months } месяцев накопленное сальдо всё ещё { $net }.
       *[other] Через { $months } месяца накопленное сальдо всё ещё { $net }.
    }
tiles-payback-at-zero = На момент запуска вложений нет: окупаемость в месяце 0.
# $months: отформатированное число, например 2,79
tiles-payback-months = { $months } мес.

## Отдел до и после CRM (ba)

ba-heading = Отдел за один месяц ({ $currency })
ba-heading-help = До CRM и после её полного внедрения (с учётом использования и риска; клиенты — на конец горизонта). Изменение маржинального дохода равно месячному сальдо при полном использовании.
ba-before = До
ba-after = После
ba-change = Изменение

## Заголовки помесячной таблицы


## Графики калькулятора и режима презентации (src/app/plots.rs)

plot-month-axis = Месяц
plot-tooltip-month = Месяц { $month }
plot-roi-title = Накопленный ROI
plot-roi-axis = ROI
plot-roi-series = ROI
# $payback: срок окупаемости уже в месяцах, например «2,79 месяца»
plot-payback = Окупаемость: { $payback }
plot-cost-gain-title = Накопленные затраты и выгоды
plot-cumulative-cost = Накопленные затраты
plot-cumulative-gain = Накопленные выгоды
plot-break-even = Точка безубыточности: { $month } мес.
plot-cumulative-net = Накопленное сальдо
plot-customers-title = Клиенты
plot-customers-without = Без CRM
plot-customers-with = С CRM
plot-customers-axis = Клиенты
plot-gains-title = Месячная выгода по факторам
plot-costs-title = Месячные затраты по видам
plot-total = Итого

## Сравнение (src/app/compare_view.rs)

compare-heading = В сравнении со сценарием на экране:
compare-remove-help = Убрать из сравнения
compare-add-file = Добавить файл…
compare-add-preset = Добавить пример
compare-add-preset-help = Добавить один из готовых примеров сценариев
compare-empty = Добавьте файл сценария или пример, чтобы сравнить его со сценарием на экране.
# Откуда взят сценарий на экране (показывается рядом с путями к файлам)
compare-on-screen = На экране
compare-warning-currencies = В этих сценариях разные валюты: суммы не конвертируются, поэтому сценарии не ранжируются.
compare-warning-horizons = У этих сценариев разные горизонты: итоги, ROI и NPV относятся к разным периодам, поэтому сценарии не ранжируются.
compare-roi-title = Накопленный ROI
compare-roi-axis = ROI
compare-cost-gain-title = Накопленные затраты (пунктир) и выгоды
# $name: название сценария
compare-series-cost = { $name }: затраты
compare-series-gain = { $name }: выгоды
compare-kpis-title = Основные показатели
compare-horizon = Горизонт
compare-horizon-months = { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
        [many] { $months } месяцев
       *[other] { $months } месяца
    }
compare-row-total-cost = Затраты всего
compare-row-total-gain = Выгоды всего
compare-row-net-gain = Чистая выгода
compare-row-roi = ROI
compare-row-payback = Окупаемость
compare-row-npv = NPV
compare-row-discounted-roi = Дисконтированный ROI
compare-row-monthly-net = Месячное сальдо при полном использовании
compare-not-ranked-currencies = разные валюты: без ранжирования
compare-not-ranked-horizons = разные горизонты: без ранжирования
compare-best-help = Лучшее значение в строке
compare-inputs-title = Различающиеся исходные данные
compare-inputs-same = Все исходные данные совпадают.

## Чувствительность (src/app/sensitivity_view.rs)

sens-swing = Шаг
sens-swing-help = На сколько каждый фактор сдвигается вниз и вверх, в процентах от его значения
sens-explanation = Каждый фактор по отдельности сдвигается вниз и вверх; сверху — наибольшее влияние на ROI.
sens-no-roi = ROI для этого сценария не определён (затрат нет совсем).
sens-base-roi = ROI на конец горизонта: { $roi } при текущих данных (центральная линия)
sens-legend-down = фактор −{ $swing } %
sens-legend-up = фактор +{ $swing } %
sens-driver-help = { $driver }, сейчас { $today }:
    { $low }: ROI { $roi_low }
    { $high }: ROI { $roi_high }
    (NPV от { $npv_low } до { $npv_high } { $currency }). Нажмите, чтобы выбрать это поле.
# Доступное имя столбца фактора
sens-bar-name = { $driver }: влияние
sens-no-effect = Не влияют на ROI при ±{ $swing } %:
sens-no-effect-help = Фактор, равный 0, нельзя сдвинуть на долю от него самого; ставка дисконтирования меняет NPV, но не ROI. Нажмите на фактор, чтобы выбрать его поле.
sens-no-effect-driver-help = Сейчас { $value }. Нажмите, чтобы выбрать это поле.
# Под центральной линией «торнадо»; $roi в виде «289,6 %»
sens-axis-today = сейчас { $roi }

## Диапазон риска (src/app/risk_view.rs)

risk-runs = Прогоны
risk-runs-help = Число прогонов Монте-Карло
risk-seed = Зерно
risk-seed-help = При одном и том же зерне результат одинаков
risk-no-ranges = Задайте хотя бы одному фактору диапазон ниже, чтобы увидеть, насколько может ошибаться оценка.
risk-updating = Обновление…
risk-simulating = Моделирование…
risk-ranges-title = Диапазоны (минимум / наиболее вероятное / максимум)
risk-driver = Фактор
risk-uncertain = Неопределённость
risk-tile-p50-roi = { $months ->
        [one] P50 ROI за { $months } месяц
        [few] P50 ROI за { $months } месяца
        [many] P50 ROI за { $months } месяцев
       *[other] P50 ROI за { $months } месяца
    }
risk-tile-p50-roi-formula = У половины прогонов ROI выше этого значения, у половины — ниже
risk-tile-roi-range = Диапазон ROI, P10–P90
risk-tile-roi-range-value = от { $p10 } до { $p90 } %
risk-tile-roi-range-formula = Восемь прогонов из десяти дают ROI в этих пределах
risk-tile-payback-chance = { $months ->
        [one] Вероятность окупиться за { $months } месяц
        [few] Вероятность окупиться за { $months } месяца
        [many] Вероятность окупиться за { $months } месяцев
       *[other] Вероятность окупиться за { $months } месяца
    }
risk-tile-payback-chance-formula = Доля прогонов, в которых накопленное сальдо в конце не ниже нуля
risk-tile-negative-chance = Вероятность отрицательного ROI
risk-tile-negative-chance-formula = Доля прогонов, убыточных за горизонт
risk-tile-p50-payback = P50 окупаемости
# Каждое значение — срок окупаемости уже в месяцах, например «2,79 месяца»
risk-tile-p50-payback-formula = P10 { $p10 } / P50 { $p50 } / P90 { $p90 }
# $runs: число прогонов с разделителями разрядов; $count: то же число для выбора формы
risk-runs-seed = { $count ->
        [one] { $runs } прогон, зерно { $seed }
        [few] { $runs } прогона, зерно { $seed }
        [many] { $runs } прогонов, зерно { $seed }
       *[other] { $runs } прогона, зерно { $seed }
    }
risk-band-title = Накопленный ROI: P50 и диапазон P10–P90
risk-band-axis = ROI
risk-band-p10-p90 = P10–P90
risk-band-p50 = P50
# $percentile: P90, P50 или P10
risk-band-tooltip = ROI { $percentile }
risk-histogram-title = ROI на конец горизонта по прогонам
risk-histogram-axis = ROI на конец горизонта (%)
risk-histogram-runs-axis = Прогоны
risk-histogram-runs = Прогоны
risk-histogram-tooltip = { $count ->
        [one] ROI от { $from } % до { $to } %: { $count } прогон
        [few] ROI от { $from } % до { $to } %: { $count } прогона
        [many] ROI от { $from } % до { $to } %: { $count } прогонов
       *[other] ROI от { $from } % до { $to } %: { $count } прогона
    }

## Подбор параметра (src/app/goal_seek_view.rs)

goal-title = При каких условиях?
goal-driver = Фактор
goal-target = Цель
goal-roi = ROI на конец горизонта
goal-payback = Окупаемость
# После числа цели, если цель — срок окупаемости
goal-months-unit = мес.
goal-roi-help = Целевой ROI на конец горизонта, в процентах
goal-payback-help = Целевой срок окупаемости, в месяцах (в пределах горизонта)
goal-near-today = Около текущего
goal-near-today-help = Цель, близкая к текущему значению
goal-apply = Применить к сценарию
goal-apply-help = Установить фактору это значение (отмена — Ctrl+Z)

## План и факт (src/app/tracking_view.rs)

tracking-plan-changed = План изменился после ввода фактических данных: теперь они сравниваются с новым планом (Ctrl+Z вернёт прежний).
tracking-plan-changed-ok = ОК
tracking-cannot-compute = Не удаётся рассчитать этот сценарий: причина видна в калькуляторе.
tracking-nothing-measured = Фактических данных пока нет. Введите в таблицу ниже, что принёс каждый месяц (плановые значения бледно показаны в пустых ячейках), или импортируйте CSV из электронной таблицы или вашей CRM. Чтобы начать такой файл, экспортируйте шаблон.
tracking-grid-heading = Фактические данные по месяцам ({ $currency })
tracking-go-live = Месяц запуска
# Подсказка в пустом поле месяца запуска
tracking-go-live-hint = ГГГГ-ММ
tracking-go-live-help = Календарный месяц запуска (месяц 0) в виде 2026-03: тогда у месяцев будут показаны даты. Оставьте пустым, чтобы месяцы были только пронумерованы.
# $typed: то, что введено, в кавычках
tracking-error-go-live = Месяц запуска { $typed }: укажите год и месяц в виде 2026-03
tracking-attribution = Вклад CRM
tracking-attribution-help = Какая доля каждого фактического изменения засчитывается CRM. Выручка растёт и за счёт найма, новых рынков и продуктов, а клиенты остаются и по другим причинам: засчитывайте CRM только её долю. При 100 % CRM засчитывается всё изменение.
tracking-rollout-cost = Фактические затраты на внедрение
tracking-not-measured = нет данных
tracking-rollout-cost-help = Сколько внедрение реально стоило на момент запуска (месяц 0): внедрение, обучение, время сотрудников. Если пусто — действуют плановые разовые затраты.
tracking-error-rollout-cost = Фактические затраты на внедрение: { $message }
tracking-import-csv = Импорт CSV…
tracking-import-csv-help = Добавить фактические данные по месяцам из CSV (месяц из файла заменяет этот месяц); Ctrl+Z отменяет импорт
tracking-export-template = Экспорт шаблона CSV…
tracking-export-template-help = CSV со столбцом для каждого показателя и плановыми значениями по месяцам — останется заменить их фактическими
tracking-error-outside = { $value } вне диапазона от 0 до { $max }
tracking-month = Месяц
# Подсказка ячейки таблицы; $month: месяц, как он подписан в таблице, $plan: плановое значение или –
tracking-cell-help = { $measure }, месяц { $month }. План: { $plan }. Пусто — нет данных.
# Доступное имя ячейки таблицы; $month: номер месяца
tracking-cell-name = { $measure }, месяц { $month }
tracking-error-cell = Месяц { $month }, { $measure }: { $message }
tracking-help-revenue = Выручка от новых продаж за месяц ({ $currency }). Фактическая выгода от продаж = (выручка − выручка до CRM) × маржа × доля, засчитываемая CRM.
tracking-help-deals-won = Выигранные за месяц сделки: показываются рядом с плановыми; в деньгах не учитываются.
tracking-help-sales-cycle = Среднее число дней от первого контакта до закрытия сделки: показывается рядом с плановым новым циклом; в деньгах не учитывается.
tracking-help-hours-saved = Часы рутинной работы, сэкономленные одним сотрудником за неделю: оцениваются по стоимости часа × доля, засчитываемая CRM.
tracking-help-customers = Платящие клиенты на конец месяца: клиенты сверх базы без CRM считаются удержанными.
tracking-help-acquisition = Расходы на маркетинг за месяц ({ $currency }): всё, что ниже плановых расходов, — экономия.
tracking-help-support-cost = Затраты на поддержку за месяц ({ $currency }): всё, что ниже плановых затрат, — экономия.
tracking-help-crm-cost = Все затраты на CRM за месяц ({ $currency }): лицензии, администрирование и всё прочее. Если пусто — действуют плановые затраты.
# Плитка «Факт по», когда нет ни одного месяца с фактом
tracking-through-none = пока нет
tracking-tile-roi = ROI на дату (план)
tracking-tile-roi-formula = Месяцы с 0 по { $through }: накопленное сальдо / накопленные затраты × 100,
    факт { $actual } при плане { $plan }
tracking-tile-net = Сальдо на дату
tracking-tile-net-formula = Факт { $actual } при плане { $plan }
    отклонение { $variance }
tracking-tile-variance = Отклонение на дату
tracking-tile-variance-formula = Фактическое сальдо на дату − плановое сальдо на дату
tracking-tile-outlook-roi = { $months ->
        [one] Прогноз: ROI за { $months } месяц
        [few] Прогноз: ROI за { $months } месяца
        [many] Прогноз: ROI за { $months } месяцев
       *[other] Прогноз: ROI за { $months } месяца
    }
tracking-tile-outlook-roi-formula = Фактические месяцы, далее план на последующие месяцы:
    сальдо на конец горизонта { $net }
tracking-tile-outlook-payback = Прогноз: окупаемость
tracking-tile-outlook-payback-formula = Фактические месяцы, далее план: первый месяц, начиная с которого накопленное сальдо остаётся не ниже нуля
tracking-tile-through = Факт по
tracking-tile-through-formula = Последний месяц с фактическими данными; CRM засчитывается { $attribution } % каждого фактического изменения
tracking-chart-title = Накопленное сальдо: план и факт
tracking-plan = План
tracking-actual = Факт
tracking-outlook = Прогноз
tracking-measured-month = Месяц с фактом
tracking-variance = Отклонение
# $through: последний месяц с фактом (0: пока нет)
tracking-groups-heading = { $through ->
        [0] Выгоды на дату по группам, фактических месяцев пока нет ({ $currency })
        [1] Выгоды на дату по группам, месяц 1 ({ $currency })
       *[other] Выгоды на дату по группам, месяцы 1–{ $through } ({ $currency })
    }
tracking-group-sales-help = Кросс-продажи, сокращение цикла и рост доли выигранных сделок вместе: по фактической выручке их не разделить
tracking-total = Итого
tracking-kpis-title = Сделки, цикл и клиенты в сравнении с планом
tracking-kpis-none = Данных по сделкам, длине цикла и клиентам пока нет.
# $difference: со знаком, например +2,0 или -1,5
tracking-kpi-cell = { $actual } (план { $plan }, { $difference })
tracking-quarters-title = По кварталам
tracking-later-quarters = Месяцы { $first }–{ $last }: фактических данных пока нет, план по кварталам

## Режим презентации (src/app/presentation.rs)

present-exit = Выход (Esc)
present-exit-help = Вернуться в калькулятор
present-high-contrast = Высокий контраст
present-high-contrast-help = Чёрно-белый режим для проекторов
present-larger = A+
present-larger-help = Крупнее (Ctrl+plus)
present-smaller = A-
present-smaller-help = Мельче (Ctrl+minus)
present-subtitle = { $months ->
        [one] Отдача от CRM за { $months } месяц, суммы в { $currency }
        [few] Отдача от CRM за { $months } месяца, суммы в { $currency }
        [many] Отдача от CRM за { $months } месяцев, суммы в { $currency }
       *[other] Отдача от CRM за { $months } месяца, суммы в { $currency }
    }
present-reset = Сбросить
# $value: значение фактора с единицей
present-reset-help = Вернуть значение сценария: { $value }
# $help: смысл фактора
present-what-if-help = Что, если? { $help }
    Метка под ползунком — значение из сценария.

## Отчёты (src/report/): таблица в терминале, Markdown, HTML, анализ и план-факт.

## Общие показатели и слова
report-horizon = Горизонт
report-horizon-months = { $count ->
        [one] { $count } месяц
        [few] { $count } месяца
        [many] { $count } месяцев
       *[other] { $count } месяца
    }
report-total-cost = Затраты всего
report-total-gain = Выгоды всего
report-net-gain = Чистая выгода
report-roi = ROI
report-payback = Окупаемость
report-npv = NPV
report-discounted-roi = Дисконтированный ROI
report-monthly-gain-full-adoption = Месячная выгода при полном использовании
report-monthly-net-full-adoption = Месячное сальдо при полном использовании
report-new-sales-cycle = Новый цикл продаж
report-days = { $days } дн.
report-roi-at-months = { $months ->
        [one] ROI за { $months } месяц
        [few] ROI за { $months } месяца
        [many] ROI за { $months } месяцев
       *[other] ROI за { $months } месяца
    }
report-currency = Валюта
report-licences-billed = Оплата лицензий
report-billing-monthly = ежемесячно
report-billing-annually = ежегодно
report-billing-annually-ahead = ежегодно, на год вперёд
report-gain = Выгода
report-cost = Затраты
report-net = Сальдо
report-initial = Старт
report-note = Примечание: { $note }
report-notes-heading = Примечания
report-figure = Показатель
report-value = Значение

## Столбцы помесячной таблицы
report-col-month = Месяц
report-col-cost = Затраты
report-col-gain = Выгода
report-col-net = Сальдо
report-col-cumulative-cost = Накопл. затраты
report-col-cumulative-gain = Накопл. выгода
report-col-cumulative-net = Накопл. сальдо
report-col-roi = ROI

## Дополнительные статьи
report-extra-lines = Дополнительные статьи
report-lines-line = Статья
report-lines-kind = Вид
report-lines-amount = Сумма
report-lines-per = Периодичность
report-lines-months = Месяцы
report-line-per-once = разово
report-line-per-month = в месяц
report-line-per-year = в год (по 1/12 в месяц)
report-line-month = месяц { $month }
report-line-months = месяцы { $from }–{ $to }
report-lines-count = { $count ->
        [0] нет
        [one] { $count } статья
        [few] { $count } статьи
        [many] { $count } статей
       *[other] { $count } статьи
    }

## Примечания о правдоподобии
report-notes-high-roi = ROI { $roi } намного выше того, что показывают опубликованные кейсы CRM (несколько сотен процентов).
report-notes-high-roi-driver = Бо́льшая его часть ({ $share } % выгоды) — «{ $part }», за счёт значения { $driver } = { $value }: проверьте это допущение.
report-notes-high-roi-lines = Бо́льшая его часть ({ $share } % выгоды) приходится на дополнительные статьи выгод: проверьте их.
report-notes-payback-no-cost = Окупаемость наступает сразу, потому что разовых затрат нет (внедрение, обучение, время сотрудников): уже первый месяц даёт выгоду { $gain }. Обычно внедрение требует вложений на старте.
report-notes-fast-payback = Окупаемость в течение первого месяца: выгода первого месяца ({ $gain }) уже покрывает разовые затраты ({ $cost }).
report-notes-gain-above-revenue = При полном использовании CRM давала бы { $gain } выгоды в месяц — больше, чем { $revenue }, которые вся команда продаёт за месяц сейчас: проверьте приросты.
report-notes-time-saved = Сэкономленное время учтено как деньги ({ $value } в месяц, { $share } % выгоды): это окупается, только если высвободившиеся часы идут на продажи или сокращается фонд оплаты труда.

## Таблица в терминале и Markdown
report-table-title = { $name } (суммы в { $currency })
report-md-amounts-in = Суммы в { $currency }.
report-month-by-month = По месяцам

## Отчёт HTML
report-html-title = { $name } – ROI внедрения CRM
report-html-meta = { $months ->
        [one] Рентабельность инвестиций (ROI) в CRM · подготовлено { $date } · суммы в { $currency } · горизонт { $months } месяц
        [few] Рентабельность инвестиций (ROI) в CRM · подготовлено { $date } · суммы в { $currency } · горизонт { $months } месяца
        [many] Рентабельность инвестиций (ROI) в CRM · подготовлено { $date } · суммы в { $currency } · горизонт { $months } месяцев
       *[other] Рентабельность инвестиций (ROI) в CRM · подготовлено { $date } · суммы в { $currency } · горизонт { $months } месяца
    }
report-html-charts = Графики
report-html-inputs = Исходные данные
report-html-footer = Рассчитано в crm-roi: точная десятичная арифметика, при отображении округлено до сотых.
report-before-after-heading = Отдел за один месяц при полном использовании ({ $currency })
report-before-after-before = До
report-before-after-after = После
report-before-after-change = Изменение

## Графики
report-chart-month-axis = Месяц
report-chart-bar-title = { $series }, месяц { $month }: { $value }
report-chart-break-even = Точка безубыточности: { $month } мес.
report-chart-cost-gain = Накопленные затраты и выгоды ({ $currency })
report-chart-cumulative-cost = Накопленные затраты
report-chart-cumulative-gain = Накопленные выгоды
report-chart-payback = Окупаемость: { $months } мес.
report-chart-roi = Накопленный ROI
report-chart-roi-series = ROI, %
report-chart-gain-by-driver = Месячная выгода по факторам ({ $currency })
report-chart-cost-by-kind = Месячные затраты по видам ({ $currency })

## Как рассчитываются показатели (отчёт HTML)
report-formulas-heading = Как рассчитываются показатели
report-formulas-baseline = Базовая месячная выручка = пользователи × сделки на сотрудника в месяц × выручка со сделки. Валовая маржа ({ $margin } %) — доля дополнительной выручки, засчитываемая как выгода.
report-formulas-gains = Выгоды при полном использовании, которые суммируются: кросс-продажи / допродажи = базовая выручка × рост × маржа; сокращение цикла продаж = базовая выручка × c/(1 − c) × маржа, поскольку при цикле, короче на c, та же воронка закрывает в 1/(1 − c) раз больше сделок; рост доли выигранных сделок = базовая выручка × рост × маржа; сэкономленное время = пользователи × сэкономленные часы в неделю × 52/12 × стоимость часа (месячные затраты / рабочие часы); удешевление привлечения = затраты на привлечение × снижение и ускорение обслуживания = затраты на поддержку × сокращение (это экономия, поэтому без маржи).
report-formulas-adoption = Эти выгоды умножаются на уровень использования ({ $adoption } %) и на 1 − поправка на риск ({ $risk } %) и линейно растут в течение периода разгона ({ $ramp } мес.). Выгоды начинаются с месяца 1.
report-formulas-customers = Удержанные клиенты: клиентская база прогнозируется помесячно — без CRM она теряет месячный отток, с CRM — отток, сниженный на величину снижения оттока (с учётом разгона, × использование); выгода = разница в числе клиентов × выручка с клиента × маржа × (1 − риск), поэтому она накапливается.
report-formulas-costs = Затраты: внедрение, обучение и время сотрудников на внедрение (часы × стоимость часа) — при запуске (месяц 0); лицензии и администрирование — каждый следующий месяц. Цена лицензий растёт на годовой процент при каждом продлении; при годовой оплате год лицензии оплачивается в его начале.
report-formulas-lines = Дополнительные статьи учитываются как введены (разово, ежемесячно или годовой суммой, распределённой по месяцам); статьи выгод уменьшаются поправкой на риск, но не уровнем использования и не периодом разгона.
report-formulas-roi = ROI = накопленное сальдо / накопленные затраты × 100. Срок окупаемости — первый месяц, начиная с которого накопленное сальдо остаётся не ниже нуля, с интерполяцией внутри месяца.
report-formulas-npv = NPV дисконтирует месяц m на (1 + { $rate } %)^(m/12); дисконтированный ROI = (приведённая стоимость выгод − приведённая стоимость затрат) / приведённая стоимость затрат. Бизнес-кейс по годам, напротив, дисконтирует каждый год на его конец.

## Бизнес-кейс по годам
report-years-heading = Бизнес-кейс по годам ({ $currency })
report-years-title = { $name }: бизнес-кейс по годам (суммы в { $currency })
report-years-year = Год { $year }
report-years-part-year = Год { $year } (месяцы { $first }–{ $last })
report-years-total = Итого
report-years-present-value = Приведённая стоимость
report-years-total-gains = Выгоды всего
report-years-total-costs = Затраты всего
report-years-footnote = Приведённая стоимость: показатели каждого года делятся на (1 + { $rate } %)^год, с дисконтированием на конец года, как в опубликованных бизнес-кейсах (методика Forrester TEI); «Старт» (запуск, месяц 0) не дисконтируется. NPV по годам { $npv }, ROI по годам { $roi }. Основной NPV ({ $headline_npv }) дисконтируется помесячно.

## План и факт
report-tracking-heading = План и факт
report-tracking-title = { $name }: план и факт (суммы в { $currency })
report-tracking-measured-through = Факт по
report-tracking-none-measured = фактических месяцев пока нет
report-tracking-through-month = месяц { $month }
report-tracking-attribution = Вклад CRM
report-tracking-roi-to-date = ROI на дату, факт (план)
report-tracking-net-to-date = Сальдо на дату, факт (план)
report-tracking-variance-to-date = Отклонение на дату
report-tracking-outlook-net = Прогноз: сальдо на конец горизонта
report-tracking-outlook-roi = Прогноз: ROI на конец горизонта
report-tracking-outlook-payback = Прогноз: окупаемость
report-tracking-col-measured = Факт
report-tracking-col-plan-gain = Выгода, план
report-tracking-col-actual-gain = Выгода, факт
report-tracking-col-plan-cost = Затраты, план
report-tracking-col-actual-cost = Затраты, факт
report-tracking-col-plan-cum-net = Накопл. сальдо, план
report-tracking-col-actual-cum-net = Накопл. сальдо, факт
report-tracking-yes = да
report-tracking-by-quarter = По кварталам
report-tracking-quarter = Квартал
report-tracking-plan = План
report-tracking-actual = Факт
report-tracking-variance = Отклонение
report-tracking-outlook = Прогноз
report-tracking-measured-month = Месяц с фактом
report-tracking-chart = Накопленное сальдо: план и факт ({ $currency })
report-quarter-month = { $quarter } кв. (месяц { $month })
report-quarter-months = { $quarter } кв. (месяцы { $first }–{ $last })

## Календарные месяцы, кратко, и месяц года («март 2026»)
report-month-jan = янв.
report-month-feb = февр.
report-month-mar = март
report-month-apr = апр.
report-month-may = май
report-month-jun = июнь
report-month-jul = июль
report-month-aug = авг.
report-month-sep = сент.
report-month-oct = окт.
report-month-nov = нояб.
report-month-dec = дек.
report-short-month = { $month } { $year }

## Чувствительность
report-sensitivity-title = { $months ->
        [one] { $name }: каждый фактор по отдельности сдвинут на -/+{ $swing } %; ROI за { $months } месяц: { $roi }, NPV: { $npv }
        [few] { $name }: каждый фактор по отдельности сдвинут на -/+{ $swing } %; ROI за { $months } месяца: { $roi }, NPV: { $npv }
        [many] { $name }: каждый фактор по отдельности сдвинут на -/+{ $swing } %; ROI за { $months } месяцев: { $roi }, NPV: { $npv }
       *[other] { $name }: каждый фактор по отдельности сдвинут на -/+{ $swing } %; ROI за { $months } месяца: { $roi }, NPV: { $npv }
    }
report-sensitivity-driver = Фактор
report-sensitivity-low-value = Нижнее значение
report-sensitivity-high-value = Верхнее значение
report-sensitivity-roi-low = ROI при нижнем
report-sensitivity-roi-high = ROI при верхнем
report-sensitivity-npv-low = NPV при нижнем ({ $currency })
report-sensitivity-npv-high = NPV при верхнем ({ $currency })

## Диапазон риска
report-risk-title = { $runs ->
        [one] { $name }: { $runs } прогон, зерно { $seed }
        [few] { $name }: { $runs } прогона, зерно { $seed }
        [many] { $name }: { $runs } прогонов, зерно { $seed }
       *[other] { $name }: { $runs } прогона, зерно { $seed }
    }
report-risk-heading = { $runs ->
        [one] Диапазон риска ({ $runs } прогон, зерно { $seed })
        [few] Диапазон риска ({ $runs } прогона, зерно { $seed })
        [many] Диапазон риска ({ $runs } прогонов, зерно { $seed })
       *[other] Диапазон риска ({ $runs } прогона, зерно { $seed })
    }
report-risk-payback-months = Окупаемость, мес. (– = не окупается за { $horizon } мес.)
report-risk-chance-payback = { $months ->
        [one] Вероятность окупиться за { $months } месяц
        [few] Вероятность окупиться за { $months } месяца
        [many] Вероятность окупиться за { $months } месяцев
       *[other] Вероятность окупиться за { $months } месяца
    }
report-risk-chance-payback-value = { $months ->
        [one] Вероятность окупиться за { $months } месяц: { $chance } %
        [few] Вероятность окупиться за { $months } месяца: { $chance } %
        [many] Вероятность окупиться за { $months } месяцев: { $chance } %
       *[other] Вероятность окупиться за { $months } месяца: { $chance } %
    }
report-risk-chance-negative = Вероятность отрицательного ROI
report-risk-chance-negative-value = Вероятность отрицательного ROI: { $chance } %
report-risk-roi-p10 = ROI P10
report-risk-roi-p50 = ROI P50
report-risk-roi-p90 = ROI P90
report-risk-range = { $driver }: минимум { $low }, наиболее вероятное { $likely }, максимум { $high }

## Подбор параметра
report-goal-target-roi = { $months ->
        [one] ROI { $roi } за { $months } месяц
        [few] ROI { $roi } за { $months } месяца
        [many] ROI { $roi } за { $months } месяцев
       *[other] ROI { $roi } за { $months } месяца
    }
report-goal-target-payback = окупаемость за { $months } мес.
report-goal-metric-roi = ROI { $roi }
report-goal-metric-no-roi = ROI не определён (затрат нет)
report-goal-metric-payback = окупаемость { $payback }
report-goal-today = Сейчас: { $value }.
report-goal-reached = { $driver } = { $value } даёт { $target }.
report-goal-reached-exactly = { $driver } = { $value } даёт { $target } ({ $achieved }).
report-goal-before-month-zero = Окупаемость не может наступить раньше месяца 0.
report-goal-beyond-horizon = Окупаемость за { $months } мес. выходит за горизонт { $horizon } мес.: прогноз так далеко не заглядывает. Чтобы искать её, увеличьте горизонт.
report-goal-jump-roi = { $target } — недостижимая цель: при изменении фактора «{ $driver }» ROI перескакивает через это значение.
report-goal-jump-payback = { $target } — недостижимая цель: при изменении фактора «{ $driver }» срок окупаемости перескакивает через это значение.
report-goal-between-whole = Ни одно целое значение фактора «{ $driver }» не даёт ровно { $target }: { $low } даёт { $low_metric }, { $high } даёт { $high_metric }.
report-goal-no-whole = Ни одно целое значение фактора «{ $driver }» не даёт ровно { $target }.
report-goal-out-of-range = Ни одно значение фактора «{ $driver }» от { $min } до { $max } не даёт { $target }: { $min } даёт { $at_min }, { $max } даёт { $at_max }.
report-goal-nearest = Ближайшее достижимое: { $metric } при { $driver } = { $value }.

## Сравнение
report-compare-currencies-differ = Внимание: в этих сценариях разные валюты. Суммы не конвертируются; сравнивайте их только по ROI и окупаемости.
report-compare-horizons-differ = Примечание: горизонты различаются, поэтому итоги, ROI и NPV относятся к разным периодам; сравнивайте с осторожностью.
report-compare-inputs-differ = Различающиеся исходные данные

## Изображения
report-png-cannot-make = не удаётся создать изображение { $width }×{ $height }
report-png-wrong-size = для изображения { $width }×{ $height } нужно байт: { $expected }, получено: { $got }


## Добавлено после первого прохода перевода
menu-language = Язык
preset-defaults = По умолчанию
preset-200-percent = Кейс с ROI 200 %
preset-vendor-quick-estimate = Быстрая оценка, как у поставщиков
preset-cautious-founder = Осторожный основатель
preset-large-team = Большая команда, 3 года
preset-subscription = Подписочный бизнес, 2 года
preset-tracked-half-year = Полгода после запуска
menu-export-spreadsheet-csv = Помесячная таблица для электронной таблицы на этом языке…
dialog-kind-spreadsheet-csv = помесячную таблицу для электронной таблицы (CSV)
