# crm-roi: mensagens em português (Brasil), traduzidas de en/crm_roi.ftl.
app-name = crm-roi
## Typed numbers
entry-empty = digite um número
entry-not-a-number = “{ $typed }” não é um número: digite, por exemplo, { $examples }
entry-too-large = “{ $typed }” é grande demais
# crm-roi: the model's terms (src/locale/terms.rs), the formatted figures
# (src/locale/format.rs) and the errors shown in the window (src/locale/messages.rs).

## Drivers: label and help, keyed by the driver's field name.

term-driver-seats = Usuários do CRM (equipe de vendas)
term-driver-seats-help = Pessoas que vão usar o CRM. Multiplica licenças, treinamento, negócios de referência e tempo economizado.
term-driver-rep-monthly-cost = Custo por membro da equipe / mês
term-driver-rep-monthly-cost-help = Custo mensal total para a empresa de um membro da equipe (salário, encargos, despesas indiretas). Define o valor de uma hora economizada: custo / horas trabalhadas.
term-driver-working-hours-per-month = Horas trabalhadas por mês
term-driver-working-hours-per-month-help = Horas pagas de um membro da equipe por mês. Valor da hora = custo mensal / estas horas.
term-driver-deals-per-rep-per-month = Negócios ganhos por membro / mês
term-driver-deals-per-rep-per-month-help = Negócios fechados e ganhos por membro da equipe por mês, antes do CRM. Receita de referência = usuários × negócios × receita por negócio.
term-driver-revenue-per-deal = Receita por negócio
term-driver-revenue-per-deal-help = Receita média de um negócio ganho. Todo ganho de receita é uma parcela da receita de referência que ela define.
term-driver-gross-margin-pct = Margem bruta
term-driver-gross-margin-pct-help = Parcela da receita adicional que conta como ganho (receita menos o custo do que é vendido). Use 100% para contar a receita inteira, como fazem as calculadoras dos fornecedores.
term-driver-sales-cycle-days = Ciclo de vendas
term-driver-sales-cycle-days-help = Média de dias do primeiro contato ao fechamento, antes do CRM. É exibido já encurtado pela redução do ciclo; o ganho em si vem da redução.
term-driver-seat-cost-per-month = Custo por usuário / mês
term-driver-seat-cost-per-month-help = Preço da licença por usuário por mês. Custo recorrente = usuários × custo por usuário + custo de administração, todo mês a partir do mês 1.
term-driver-implementation-cost = Implantação (única vez)
term-driver-implementation-cost-help = Configuração, migração de dados, integração e consultoria, pagas uma única vez na entrada em operação (mês 0).
term-driver-training-cost-per-seat = Treinamento por usuário (única vez)
term-driver-training-cost-per-seat-help = Custo único de treinamento por usuário, pago na entrada em operação (mês 0).
term-driver-admin-cost-per-month = Administração, complementos, suporte / mês
term-driver-admin-cost-per-month-help = Administração contínua, complementos e suporte por mês, a partir do mês 1.
term-driver-internal-rollout-hours = Horas da equipe na implantação (única vez)
term-driver-internal-rollout-hours-help = Horas que o seu próprio pessoal dedica à implantação: limpeza de dados, workshops, tempo em treinamento. Pagas na entrada em operação (mês 0), valorizadas pelo custo por hora do membro da equipe (custo mensal / horas trabalhadas).
term-driver-licence-increase-pct-per-year = Reajuste anual da licença
term-driver-licence-increase-pct-per-year-help = Aumento do preço por usuário a cada renovação anual. No ano de licença y, o usuário custa custo por usuário × (1 + reajuste)^(y − 1).
term-driver-cross-sell-uplift-pct = Aumento por cross-sell / upsell
term-driver-cross-sell-uplift-pct-help = Mais receita por negócio graças à visão 360° do cliente. Ganho = receita de referência × aumento × margem.
term-driver-cycle-time-reduction-pct = Redução do ciclo de vendas
term-driver-cycle-time-reduction-pct-help = Quanto o ciclo de vendas fica mais curto. O mesmo pipeline passa a fechar 1/(1 − c) vezes mais negócios por mês: ganho = receita de referência × c/(1 − c) × margem.
term-driver-win-rate-uplift-pct = Aumento da taxa de conversão
term-driver-win-rate-uplift-pct-help = Mais negócios ganhos com o mesmo pipeline. Ganho = receita de referência × aumento × margem.
term-driver-hours-saved-per-rep-per-week = Tempo administrativo economizado por membro
term-driver-hours-saved-per-rep-per-week-help = Horas de digitação de dados e de relatórios economizadas por membro da equipe por semana. Ganho = usuários × horas × 52/12 × custo por hora.
term-driver-active-customers = Clientes ativos na entrada em operação
term-driver-active-customers-help = Clientes pagantes com receita recorrente quando o CRM entra no ar. Todo mês alguns saem (churn); o CRM retém mais deles. Os clientes são valores esperados, então frações são aceitas.
term-driver-revenue-per-customer-per-month = Receita recorrente por cliente / mês
term-driver-revenue-per-customer-per-month-help = O que um cliente paga por mês (assinatura, manutenção, recompras). Cada cliente retido traz este valor × margem por mês.
term-driver-monthly-churn-pct = Churn mensal sem o CRM
term-driver-monthly-churn-pct-help = Parcela dos clientes perdidos a cada mês antes do CRM. Sem o CRM, a base encolhe nesta proporção todo mês.
term-driver-churn-reduction-pct = Redução do churn
term-driver-churn-reduction-pct-help = Quanto o CRM reduz o churn mensal (30% transforma um churn de 2% em 1,4%), considerando o período de adaptação e ponderado pela adoção. Os clientes retidos permanecem, então o ganho se acumula: (clientes com − sem o CRM) × receita por cliente × margem × (1 − risco).
term-driver-acquisition-spend-per-month = Investimento em aquisição / mês
term-driver-acquisition-spend-per-month-help = Gasto mensal com marketing e geração de leads para conquistar novos clientes.
term-driver-acquisition-cost-reduction-pct = Redução do custo de aquisição
term-driver-acquisition-cost-reduction-pct-help = Os mesmos novos clientes com este percentual a menos de gasto (segmentação melhor, menos leads perdidos). Ganho = gasto × redução: é uma economia, portanto sem margem.
term-driver-support-cost-per-month = Custo da equipe de suporte / mês
term-driver-support-cost-per-month-help = Custo mensal da equipe de suporte ou de atendimento ao cliente.
term-driver-support-time-reduction-pct = Redução do tempo de suporte
term-driver-support-time-reduction-pct-help = O trabalho de suporte feito em tanto menos tempo (histórico do cliente à mão, menos repasses). Ganho = custo de suporte × redução.
term-driver-ramp-months = Período de adaptação
term-driver-ramp-months-help = Meses até os ganhos atingirem o nível pleno; até lá crescem linearmente (o mês m recebe m / período de adaptação do ganho pleno). 0 = ganhos plenos desde o mês 1.
term-driver-adoption-pct = Adoção
term-driver-adoption-pct-help = Parcela dos usuários que realmente usam o CRM. Todo ganho é multiplicado por ela; os custos não.
term-driver-discount-rate-annual-pct = Taxa de desconto (anual)
term-driver-discount-rate-annual-pct-help = Custo de capital anual, usado no VPL e no ROI descontado: o mês m é dividido por (1 + taxa)^(m/12).
term-driver-benefit-risk-pct = Ajuste de risco dos ganhos
term-driver-benefit-risk-pct-help = Redutor aplicado a todo ganho pelo risco de ele não se concretizar por completo (como no método TEI da Forrester). Ganhos × (1 − risco).

## Units as shown after a value (money shows the currency code, not a message).

term-unit-percent = %
term-unit-seats = usuários
term-unit-deals-per-month = negócios/mês
term-unit-hours-per-month = horas/mês
term-unit-hours-per-week = horas/semana
term-unit-hours = horas
term-unit-customers = clientes
term-unit-days = dias
term-unit-months = meses

## Units with their count: $value is the count as formatted, $count chooses the plural
## (a whole count shown with decimals, 1.00, selects as a fraction).

term-unit-count-seats = { $count ->
        [one] { $value } usuário
       *[other] { $value } usuários
    }
term-unit-count-deals-per-month = { $count ->
        [one] { $value } negócio/mês
       *[other] { $value } negócios/mês
    }
term-unit-count-hours-per-month = { $count ->
        [one] { $value } hora/mês
       *[other] { $value } horas/mês
    }
term-unit-count-hours-per-week = { $count ->
        [one] { $value } hora/semana
       *[other] { $value } horas/semana
    }
term-unit-count-hours = { $count ->
        [one] { $value } hora
       *[other] { $value } horas
    }
term-unit-count-customers = { $count ->
        [one] { $value } cliente
       *[other] { $value } clientes
    }
term-unit-count-days = { $count ->
        [one] { $value } dia
       *[other] { $value } dias
    }
term-unit-count-months = { $count ->
        [one] { $value } mês
       *[other] { $value } meses
    }

## Input groups.

term-group-team = Equipe
term-group-sales-before = Vendas antes do CRM
term-group-crm-costs = Custos do CRM
term-group-gains = Ganhos com o CRM
term-group-customers = Clientes (retenção)
term-group-marketing = Marketing
term-group-service = Atendimento
term-group-adoption-and-risk = Adoção e risco
term-group-finance = Finanças

## Parts of the gain and kinds of cost.

term-gain-cross-sell = Cross-sell / upsell
term-gain-faster-cycle = Ciclo de vendas mais rápido
term-gain-win-rate = Maior taxa de conversão
term-gain-time-saved = Tempo economizado
term-gain-customers-kept = Clientes retidos
term-gain-cheaper-acquisition = Aquisição mais barata
term-gain-faster-service = Atendimento mais rápido
term-gain-other-gains = Outros ganhos
term-cost-licences = Licenças
term-cost-admin = Administração e complementos
term-cost-one-time = Custos únicos (implantação)
term-cost-other-costs = Outros custos

## Groups tracked after go-live.

term-tracked-sales = Vendas
term-tracked-time-saved = Tempo economizado
term-tracked-customers-kept = Clientes retidos
term-tracked-cheaper-acquisition = Aquisição mais barata
term-tracked-faster-service = Atendimento mais rápido
term-tracked-other-gains = Outros ganhos

## Measures: column headings of the tracking grid.

term-measure-revenue = Receita
term-measure-deals-won = Negócios ganhos
term-measure-sales-cycle-days = Ciclo (dias)
term-measure-hours-saved-per-rep-per-week = Horas econ./sem.
term-measure-active-customers = Clientes
term-measure-acquisition-spend = Aquisição
term-measure-support-cost = Custo de suporte
term-measure-crm-cost = Custo do CRM
# The department's month before and after the CRM (the table under the charts)
term-dept-deals-won = Negócios fechados
term-dept-new-business-revenue = Receita de novos negócios
term-dept-customers = Clientes
term-dept-recurring-revenue = Receita recorrente
term-dept-gross-profit = Lucro bruto
term-dept-team-cost = Custo da equipe
term-dept-crm-cost = Custo do CRM
term-dept-marketing-spend = Gastos com marketing
term-dept-support-cost = Custo de suporte
term-dept-time-value-freed = Valor do tempo liberado
term-dept-other-gains = Outros ganhos
term-dept-contribution = Margem de contribuição

## Formatted figures.

format-roi-beyond-limit = acima de 10^20%
format-roi-below-limit = abaixo de -10^20%
format-not-available = n/d
# $months is the payback as formatted, always with 2 decimals; $count chooses the plural
# (pt-BR: 0 to < 2 select "one", as CLDR says: "1,50 mês").
format-payback-months = { $count ->
        [one] { $months } mês
       *[other] { $months } meses
    }
# $count is the horizon in whole months.
format-payback-not-within = { $count ->
        [one] não ocorre em { $count } mês
       *[other] não ocorre em { $count } meses
    }

## Errors shown in the window. $path is the file; $reason and $message come from the system,
## the file reader or the checks and stay as they are.

error-in-file = { $path }: { $reason }
error-file-not-text = { $path }: { $at }: o arquivo não é texto UTF-8 (é mesmo um arquivo de cenário?)
error-file-syntax = { $path }: { $at }: { $message }
error-file-newer-version = { $path }: a versão { $version } do formato de cenário é mais recente do que esta versão do crm-roi consegue ler (versões { $oldest } a { $newest }); um crm-roi mais recente abre o arquivo
error-file-unknown-version = { $path }: a versão { $version } do formato de cenário não existe (as versões vão de { $oldest } a { $newest })
error-file-cannot-save = { $path }: não foi possível salvar: { $reason }
error-read-io = não foi possível ler o arquivo: { $reason }
error-read-not-regular-file = não é um arquivo comum (é uma pasta, um pipe ou um dispositivo), por isso não é lido
error-read-too-large = o arquivo tem { $size } MB, mais que o limite de { $limit } MB, por isso não é lido
error-position = linha { $line }, coluna { $column }
error-csv-cell = { $path }: { $place }: { $reason }
error-csv-row = linha { $row }
error-csv-column = coluna { $column }
error-csv-column-named = coluna { $column } ({ $name })
error-csv-row-and-column = { $row }, { $column }
error-calc-invalid = o cenário não é válido: { $errors }
error-calc-overflow = os números são grandes demais para calcular: { $step } estoura
error-calc-division-by-zero = divisão por zero em { $step }
error-calc-cancelled = cancelado
## Commands (menus and shortcuts)

command-new = Novo
command-open = Abrir…
command-save = Salvar
command-save-as = Salvar como…
command-undo = Desfazer
command-redo = Refazer
command-present = Apresentar
command-quit = Sair
command-new-help = Iniciar um novo cenário com os valores padrão
command-open-help = Abrir um arquivo de cenário (.ron)
command-save-help = Salvar o cenário no arquivo dele
command-save-as-help = Salvar o cenário em um novo arquivo
command-undo-help = Desfazer a última alteração de uma entrada
command-redo-help = Refazer a alteração que acabou de ser desfeita
command-present-help = Tela cheia para uma sala de reunião (Esc para voltar)
command-quit-help = Fechar a janela; o cenário na tela volta na próxima vez

## The window (app)

app-view-calculator = Calculadora
app-view-compare = Comparar
app-view-sensitivity = Sensibilidade
app-view-risk = Faixa de risco
app-view-goal-seek = Atingir meta
app-view-tracking = Previsto x realizado
app-view-calculator-help = Indicadores, gráficos e a projeção mensal
app-view-compare-help = Este cenário ao lado de até três outros
app-view-sensitivity-help = Qual premissa pesa mais: cada premissa variada isoladamente
app-view-risk-help = O quanto a estimativa pode errar: Monte Carlo sobre faixas (baixo / mais provável / alto)
app-view-goal-seek-help = O que precisaria ser verdade para atingir uma meta de ROI ou de prazo de retorno
app-view-tracking-help = Depois da entrada em operação: os meses como de fato ocorreram, comparados com o previsto
app-status-last-file-failed = Não foi possível abrir o último arquivo: veja acima
app-status-last-file-gone = O último arquivo, { $path }, não existe mais: um novo cenário foi aberto
app-status-restored = As alterações não salvas de “{ $name }” foram restauradas
app-error-recovery-delete = Não foi possível excluir a cópia de recuperação { $path }: { $error }
app-error-recovery-set-aside = Não foi possível pôr de lado a cópia de recuperação { $path }: { $error }
app-presentation-cannot-compute = Não é possível calcular este cenário: saia do modo de apresentação (Esc) para ver o motivo.
app-dismiss = Dispensar
app-cannot-compute = Não é possível calcular este cenário: { $error }
app-note = Observação: { $note }
app-note-help = Um resultado que merece uma segunda olhada; os números valem como calculados
app-years-heading = Análise de viabilidade por ano ({ $currency })
app-monthly-table = Tabela mensal

## Menu bar and status bar

menu-file = Arquivo
menu-export = Exportar
menu-export-csv = Tabela mensal como CSV…
menu-export-html = Relatório como HTML…
menu-export-chart-png = Gráfico como PNG…
menu-export-window-png = Janela como PNG…
# $what: what is exported, as dialog-kind-* says it ("o relatório (HTML)")
menu-export-help = Salvar { $what }
menu-edit = Editar
menu-presets = Exemplos
menu-view = Exibir
menu-theme = Tema
menu-theme-system = Seguir o sistema
menu-theme-light = Claro
menu-theme-dark = Escuro
menu-zoom = Zoom: Ctrl+plus, Ctrl+minus, Ctrl+0
menu-present-button = Apresentar (F5)
menu-status-not-saved-yet = Ainda não salvo
menu-status-unsaved = Alterações não salvas
menu-status-saved = Salvo
menu-status-waiting-dialog = Aguardando a janela de arquivos…

## File dialogs and what is exported

# What is exported, as the object of "Salvar …" and "Exportar …" (menu-export-help,
# dialog-title-export, export-status-exported)
dialog-kind-csv = a tabela mensal (CSV)
dialog-kind-html = o relatório (HTML)
dialog-kind-chart-png = o gráfico (PNG)
dialog-kind-window-png = a janela (PNG)
dialog-kind-actuals-template = o modelo de meses medidos (CSV)
dialog-filter-scenario = Cenário (RON)
dialog-title-open = Abrir cenário
dialog-title-add-to-compare = Adicionar um cenário para comparar
dialog-title-import-actuals = Importar meses medidos (CSV)
dialog-title-save-as = Salvar cenário como
dialog-title-export = Exportar { $what }

## Exports

export-error-chart = Não foi possível exportar o gráfico: { $error }
export-status-exported = Exportação concluída: { $what } em { $path }
export-status-image = Imagem exportada para { $path }
export-error-image = Não foi possível exportar a imagem: { $error }

## Opening and saving files

files-confirm-before-new = “{ $name }” tem alterações não salvas. Salvá-las antes de iniciar um novo cenário?
files-confirm-before-open = “{ $name }” tem alterações não salvas. Salvá-las antes de abrir outro cenário?
files-confirm-before-close = “{ $name }” tem alterações não salvas. Salvá-las antes de fechar?
files-status-opened = Aberto: { $path }
files-status-saved = Salvo em { $path }
files-status-imported = { $count ->
    [one] { $count } mês medido importado de { $path }
   *[other] { $count } meses medidos importados de { $path }
}
files-status-opened-preset = Exemplo “{ $title }” aberto
files-status-new = Novo cenário
files-gone-heading = O arquivo não existe mais
files-gone-text = “{ $name }” não está mais em { $path } (foi movido, renomeado ou excluído). Salvar de novo nesse local ou em outro?
files-gone-save-again = Salvar de novo ali
files-changed-heading = O arquivo foi alterado no disco
files-changed-text = “{ $name }” ({ $path }) foi alterado por outro programa ou janela desde que foi aberto aqui. Salvar agora substitui essas alterações por este cenário.
files-changed-overwrite = Sobrescrever
files-save = Salvar
files-save-as = Salvar como…
files-cancel = Cancelar
files-confirm-heading = Alterações não salvas
files-discard = Descartar
files-discard-help = Jogar fora as alterações; o arquivo fica como foi salvo

## Settings and recovery of unsaved work

session-settings-not-utf8 = não é texto UTF-8
session-settings-set-aside = Não foi possível restaurar a última sessão: o arquivo de configurações estava danificado ({ $problem }). Ele foi guardado como { $path }; a janela começa com configurações novas. Nenhum arquivo de cenário foi alterado.
session-settings-not-set-aside = Não foi possível restaurar a última sessão: { $path } está danificado ({ $problem }) e não pôde ser posto de lado ({ $error }).
session-no-recovery = Alterações não salvas não podem ser guardadas para recuperação após uma falha ({ $error }); salve com frequência.
session-error-write = Não foi possível gravar a cópia de recuperação: { $error }
session-found-heading = Foram encontradas alterações não salvas
# $time: "14:32" today, else "26 nov 14:32"
session-restore-question = Restaurar as alterações não salvas de “{ $name }” de { $time }?
session-found-text = O crm-roi foi encerrado sem salvá-las (travou ou foi interrompido). Elas foram guardadas em uma cópia de recuperação.
session-file = Arquivo: { $path }
session-never-saved = Nunca salvo em arquivo
session-saved-after = O arquivo foi salvo depois que esta cópia foi feita (às { $time }); restaurar traz de volta as alterações mais antigas, não salvas.
session-changed = Alterado:
session-restore = Restaurar
session-restore-help = Abrir o cenário como estava, com as alterações não salvas
session-discard = Descartar
session-discard-help = Excluir a cópia de recuperação; o arquivo fica como foi salvo
session-unreadable-heading = Não foi possível ler uma cópia de recuperação
session-unreadable-text = Não foi possível ler { $path } ({ $reason }). A cópia será mantida ao lado, renomeada com final .unreadable, e não será oferecida de novo.
session-ok = OK
session-change-name = Nome: era “{ $before }”, agora “{ $after }”
session-change-input = { $input }: era { $before }, agora { $after }
session-change-notes = Observações
session-change-ranges = Faixas de risco
session-change-actuals = Meses medidos (previsto x realizado)
session-change-more = e mais { $count }
session-unknown-time = um horário desconhecido
session-day-and-time = { $day } de { $month } { $time }

## The scenario's name, currency, horizon and notes (header)

header-name = Nome
header-name-help = O nome do cenário, exibido no título e nos relatórios
header-currency = Moeda
header-currency-help = Moeda de todos os valores (apenas para exibição; nada é convertido)
header-horizon = Horizonte
header-horizon-measured = O mês { $month } já foi medido (Previsto x realizado): o horizonte não pode terminar antes dele
# After the horizon's number: "12 meses"
header-horizon-unit = { $count ->
    [one] mês
   *[other] meses
}
# $note: header-horizon-measured
header-horizon-help-measured = Quantos meses após a entrada em operação o ROI é medido: de { $shortest } a 60. { $note }.
header-horizon-help = Quantos meses após a entrada em operação o ROI é medido: de 1 a 60. Arraste, digite ou escolha à direita um horizonte comum.
header-horizon-pick = { $count ->
    [one] Medir em { $count } mês
   *[other] Medir em { $count } meses
}
header-notes = Observações
header-notes-hint = Premissas, fontes, quem disse o quê…
header-notes-help = Anotações livres salvas com o cenário; não entram no cálculo

## The inputs panel

inputs-key-drivers = Principais premissas
inputs-key-drivers-note = O que as calculadoras de ROI dos fornecedores pedem
# After an input group's title, when all its inputs are zero
inputs-not-used = não usado
inputs-extra-lines = Linhas extras
inputs-extra-lines-count = Linhas extras ({ $count })
# Under a driver's help, in its tooltip; $range: inputs-range-text, $unit: the driver's unit
inputs-allowed = Permitido: { $range } { $unit }.
inputs-range-toggle-name = Faixa de risco de { $driver }
inputs-range-toggle-help = Dar a esta premissa uma faixa de risco (baixo / mais provável / alto)
inputs-range = Faixa
inputs-hint-customers = Para uma base de clientes recorrentes: quantos clientes, quanto cada um paga por mês, quantos saem e quanto o CRM reduz esse churn.
inputs-hint-marketing = O investimento em marketing e quanto o CRM barateia cada novo cliente.
inputs-hint-service = O custo da equipe de suporte e quanto do tempo dela o CRM economiza.
inputs-billing = Cobrança das licenças
inputs-billing-monthly = Mensal
inputs-billing-annual = Anual, antecipada
inputs-billing-help = Mensal: usuários × preço por usuário todo mês a partir do mês 1. Anual: 12 meses de licenças pagos no início de cada ano de licença (meses 1, 13, 25, …), mesmo quando o horizonte termina no meio desse ano. Em anos completos, as licenças custam o mesmo nos dois casos; a cobrança anual antecipa o custo, o que aparece no prazo de retorno e no VPL.
inputs-error-outside = { $value } está fora da faixa permitida { $range }
inputs-range-text = { $min } a { $max }
inputs-read-as = “{ $typed }” foi lido como { $value }.

## Risk ranges (low / most likely / high) of a driver

ranges-low = Baixo
ranges-most-likely = Mais provável
ranges-high = Alto
ranges-low-help = Valor baixo de { $driver }
ranges-most-likely-help = Valor mais provável de { $driver }
ranges-high-help = Valor alto de { $driver }
# The messages about a driver's range start with its name (the inputs panel finds them so)
ranges-error-order = { $driver }: o valor baixo não pode ficar acima do mais provável, nem o mais provável acima do alto
ranges-error-allowed = { $whole ->
    [yes] { $driver }: permitido de { $min } a { $max } (número inteiro)
   *[no] { $driver }: permitido de { $min } a { $max }
}
ranges-error-entry = { $driver }: { $error }

## The extra lines editor

lines-intro = Ganhos ou custos que as premissas não cobrem: um sistema antigo que deixa de ser pago, um parceiro de integração, uma taxa anual de dados.
lines-add = Adicionar linha
lines-add-help = Um custo todo mês a partir do mês 1; altere o nome, o tipo, o valor e os meses
lines-add-full = Um cenário comporta no máximo { $max } linhas
# The name a new line gets
lines-new-name = Linha { $number }
# The names screen readers give a line's fields and buttons
lines-name-name = Nome da linha { $number }
lines-kind-name = Tipo da linha { $number }
lines-kind-help = Um ganho (reduzido pelo ajuste de risco) ou um custo
lines-up = Subir
lines-up-name = Mover a linha { $number } para cima
lines-up-help = Mover para cima
lines-down = Descer
lines-down-name = Mover a linha { $number } para baixo
lines-down-help = Mover para baixo
lines-remove = Remover
lines-remove-name = Remover a linha { $number }
lines-remove-help = Remover esta linha (Ctrl+Z a traz de volta)
lines-amount-name = Valor da linha { $number }
lines-per-name = Periodicidade da linha { $number }
lines-per-help = Uma vez: o valor inteiro no mês indicado. Por mês: o valor todo mês. Por ano: um valor anual, um doze avos a cada mês.
# "no mês [3]" (a one-time line) or "meses [1] até [o horizonte]"
lines-in-month = no mês
lines-months = meses
lines-from-help = O primeiro mês em que conta (0 é a entrada em operação)
lines-to = até
lines-through-horizon = o horizonte
lines-through-horizon-help = Até o fim do horizonte, seja ele qual for
lines-to-name = Linha { $number } até o mês
lines-to-help = O último mês em que conta
lines-error-no-name = Uma linha precisa de um nome
lines-error-name-too-long = Um nome tem no máximo { $max } caracteres (este tem { $count })
lines-error-amount-outside = { $value } está fora da faixa permitida de 0 a { $max }
lines-kind-gain = Ganho
lines-kind-cost = Custo
# "2.400 EUR uma vez", "… por mês", "… por ano"
lines-per-once = uma vez
lines-per-month = por mês
lines-per-year = por ano

## The KPI tiles and their formulas (tooltips)

tiles-roi-caption = { $months ->
    [one] ROI em { $months } mês
   *[other] ROI em { $months } meses
}
tiles-roi-formula = ROI = (ganho total - custo total) / custo total × 100
tiles-net-gain-caption = Ganho líquido
tiles-net-gain-formula = { $months ->
    [one] Ganho líquido = ganho total - custo total em { $months } mês
   *[other] Ganho líquido = ganho total - custo total em { $months } meses
}
tiles-payback-caption = Prazo de retorno
tiles-npv-caption = VPL
tiles-npv-formula = VPL = soma, nos meses m, de (ganho - custo) / (1 + i)^m
tiles-npv-rate = i = { $monthly }% ao mês ({ $annual }% ao ano)
tiles-npv-present-values = valor presente dos ganhos { $gains } - dos custos { $costs }
tiles-monthly-net-caption = Saldo mensal com adoção plena
tiles-monthly-net-formula = Ganho mensal após o período de adaptação - custo mensal do CRM, no mês { $month }
tiles-monthly-net-gain = ganho = ganhos plenos × adoção × (1 - risco)
# Shown indented under tiles-monthly-net-gain
tiles-monthly-net-gain-more = + clientes retidos naquele mês + linhas de ganho recorrentes = { $gain }
tiles-monthly-net-cost = custo = usuários × preço por usuário do ano + administração
# Shown indented under tiles-monthly-net-cost
tiles-monthly-net-cost-more = + linhas de custo recorrentes (qualquer que seja a cobrança) = { $cost }
tiles-cycle-caption = Novo ciclo de vendas
# $days: a formatted number, such as 42,5
tiles-days = { $days } dias
tiles-cycle-formula = Ciclo de vendas × (1 - redução do ciclo)
tiles-cycle-formula-values = { $days } dias × (1 - { $reduction }%)
tiles-customers-caption = { $months ->
    [one] Clientes em { $months } mês
   *[other] Clientes em { $months } meses
}
tiles-customers-value = { $with } ({ $without } sem o CRM)
tiles-customers-formula =
    Clientes mês a mês, a partir de { $start } na entrada em operação:
    sem o CRM a base perde { $churn }% ao mês;
    com ele, um churn { $reduction }% menor (considerando o período de adaptação, × adoção).
    Retidos no mês { $month }: { $kept } clientes, que valem { $worth } naquele mês
    (× receita por cliente × margem × (1 - risco)).
tiles-payback-rule =
    Prazo de retorno: o primeiro mês a partir do qual o saldo acumulado fica em zero ou acima,
    interpolado dentro desse mês.
tiles-payback-not-reached = { $months ->
    [one] O saldo acumulado ainda é { $net } após { $months } mês.
   *[other] O saldo acumulado ainda é { $net } após { $months } meses.
}
tiles-payback-at-zero = Não há nada a recuperar na entrada em operação: o retorno ocorre no mês 0.
# $months: a formatted number, such as 2,79
tiles-payback-months = { $months } meses

## The department before and after the CRM (ba)

ba-heading = O departamento, um mês ({ $currency })
ba-heading-help = Antes do CRM e depois da adoção plena (com adoção e risco aplicados; clientes como no fim do horizonte). A variação da margem de contribuição é o saldo mensal com adoção plena.
ba-before = Antes
ba-after = Depois
ba-change = Variação

## The monthly table's headings


## Charts shared by the calculator and presentation mode (src/app/plots.rs)

plot-month-axis = Mês
plot-tooltip-month = Mês { $month }
plot-roi-title = ROI acumulado
plot-roi-axis = ROI
plot-roi-series = ROI
# $payback: a payback already written in months, as "2,79 meses"
plot-payback = Prazo de retorno: { $payback }
plot-cost-gain-title = Custo e ganho acumulados
plot-cumulative-cost = Custo acumulado
plot-cumulative-gain = Ganho acumulado
plot-break-even = Ponto de equilíbrio no mês { $month }
plot-cumulative-net = Saldo acumulado
plot-customers-title = Clientes
plot-customers-without = Sem o CRM
plot-customers-with = Com o CRM
plot-customers-axis = Clientes
plot-gains-title = Ganho mensal por fonte
plot-costs-title = Custo mensal por tipo
plot-total = Total

## Compare (src/app/compare_view.rs)

compare-heading = Comparado com o cenário na tela:
compare-remove-help = Remover da comparação
compare-add-file = Adicionar arquivo…
compare-add-preset = Adicionar exemplo
compare-add-preset-help = Adicionar um dos cenários de exemplo
compare-empty = Adicione um arquivo de cenário ou um exemplo para compará-lo com o que está na tela.
# Where the scenario on screen comes from (shown beside file paths)
compare-on-screen = Na tela
compare-warning-currencies = Estes cenários usam moedas diferentes: os valores não são convertidos, por isso não são classificados.
compare-warning-horizons = Estes cenários são medidos em horizontes diferentes: totais, ROI e VPL cobrem períodos diferentes, por isso não são classificados.
compare-roi-title = ROI acumulado
compare-roi-axis = ROI
compare-cost-gain-title = Custo acumulado (tracejado) e ganho
# $name: a scenario's name
compare-series-cost = { $name } – custo
compare-series-gain = { $name } – ganho
compare-kpis-title = Números principais
compare-horizon = Horizonte
compare-horizon-months = { $months ->
    [one] { $months } mês
   *[other] { $months } meses
}
compare-row-total-cost = Custo total
compare-row-total-gain = Ganho total
compare-row-net-gain = Ganho líquido
compare-row-roi = ROI
compare-row-payback = Prazo de retorno
compare-row-npv = VPL
compare-row-discounted-roi = ROI descontado
compare-row-monthly-net = Saldo mensal com adoção plena
compare-not-ranked-currencies = moedas diferentes: sem classificação
compare-not-ranked-horizons = horizontes diferentes: sem classificação
compare-best-help = O melhor desta linha
compare-inputs-title = Entradas que diferem
compare-inputs-same = Todas as entradas são iguais.

## Sensitivity (src/app/sensitivity_view.rs)

sens-swing = Variação
sens-swing-help = Quanto cada premissa desce e sobe, em percentual do seu valor
sens-explanation = Cada premissa desce e sobe isoladamente; o maior efeito sobre o ROI fica no topo.
sens-no-roi = O ROI não está definido para este cenário (não há nenhum custo).
sens-base-roi = ROI no horizonte: { $roi } com as entradas atuais (a linha central)
sens-legend-down = premissa −{ $swing }%
sens-legend-up = premissa +{ $swing }%
sens-driver-help = { $driver }, hoje { $today }:
    { $low } dá ROI de { $roi_low }
    { $high } dá ROI de { $roi_high }
    (VPL de { $npv_low } a { $npv_high } { $currency }). Clique para selecionar esta entrada.
# The accessible name of a driver's bar
sens-bar-name = Efeito de { $driver }
sens-no-effect = Sem efeito sobre o ROI com ±{ $swing }%:
sens-no-effect-help = Uma premissa em 0 não pode variar uma fração de si mesma; a taxa de desconto altera o VPL, não o ROI. Clique em uma para selecionar a entrada.
sens-no-effect-driver-help = Hoje { $value }. Clique para selecionar esta entrada.
# Under the centre line of the tornado; $roi as "289,6%"
sens-axis-today = hoje { $roi }

## Risk range (src/app/risk_view.rs)

risk-runs = Simulações
risk-runs-help = Número de simulações de Monte Carlo
risk-seed = Semente
risk-seed-help = A mesma semente dá o mesmo resultado
risk-no-ranges = Dê a pelo menos uma premissa uma faixa abaixo para ver o quanto a estimativa pode errar.
risk-updating = Atualizando…
risk-simulating = Simulando…
risk-ranges-title = Faixas (baixo / mais provável / alto)
risk-driver = Premissa
risk-uncertain = Incerta
risk-tile-p50-roi = { $months ->
    [one] ROI P50 em { $months } mês
   *[other] ROI P50 em { $months } meses
}
risk-tile-p50-roi-formula = Metade das simulações termina acima deste ROI, metade abaixo
risk-tile-roi-range = Faixa de ROI, P10 a P90
risk-tile-roi-range-value = { $p10 } a { $p90 }%
risk-tile-roi-range-formula = Oito em cada dez simulações terminam entre estes ROIs
risk-tile-payback-chance = { $months ->
    [one] Chance de retorno em { $months } mês
   *[other] Chance de retorno em { $months } meses
}
risk-tile-payback-chance-formula = Parcela das simulações cujo saldo acumulado termina em zero ou acima
risk-tile-negative-chance = Chance de ROI negativo
risk-tile-negative-chance-formula = Parcela das simulações que perdem dinheiro no horizonte
risk-tile-p50-payback = Prazo de retorno P50
# Each value a payback already written in months, as "2,79 meses"
risk-tile-p50-payback-formula = P10 { $p10 } / P50 { $p50 } / P90 { $p90 }
# $runs: the number of runs written with grouping; $count: the same number, to choose the form
risk-runs-seed = { $count ->
    [one] { $runs } simulação, semente { $seed }
   *[other] { $runs } simulações, semente { $seed }
}
risk-band-title = ROI acumulado: P50 com a faixa P10–P90
risk-band-axis = ROI
risk-band-p10-p90 = P10–P90
risk-band-p50 = P50
# $percentile: P90, P50 or P10
risk-band-tooltip = ROI { $percentile }
risk-histogram-title = ROI no horizonte nas simulações
risk-histogram-axis = ROI no horizonte (%)
risk-histogram-runs-axis = Simulações
risk-histogram-runs = Simulações
risk-histogram-tooltip = { $count ->
    [one] ROI de { $from }% a { $to }%: { $count } simulação
   *[other] ROI de { $from }% a { $to }%: { $count } simulações
}

## Goal seek (src/app/goal_seek_view.rs)

goal-title = O que precisaria ser verdade?
goal-driver = Premissa
goal-target = Meta
goal-roi = ROI no horizonte
goal-payback = Prazo de retorno
# After the target's number when the target is a payback
goal-months-unit = meses
goal-roi-help = O ROI a atingir no horizonte, em percentual
goal-payback-help = O prazo de retorno a atingir, em meses (dentro do horizonte)
goal-near-today = Perto do atual
goal-near-today-help = Uma meta próxima do valor atual
goal-apply = Aplicar ao cenário
goal-apply-help = Definir a premissa com este valor (desfazer com Ctrl+Z)

## Plan against actual (src/app/tracking_view.rs)

tracking-plan-changed = O previsto mudou depois que meses foram medidos: agora eles são comparados com o novo previsto (Ctrl+Z traz o anterior de volta).
tracking-plan-changed-ok = OK
tracking-cannot-compute = Não é possível calcular este cenário: veja o motivo na calculadora.
tracking-nothing-measured = Nada medido ainda. Digite na grade abaixo o que cada mês trouxe (os números previstos aparecem esmaecidos nas células vazias) ou importe um CSV de uma planilha ou do seu CRM. Exporte o modelo para começar um.
tracking-grid-heading = Meses medidos ({ $currency })
tracking-go-live = Mês de entrada em operação
# The hint in the empty go-live field
tracking-go-live-hint = AAAA-MM
tracking-go-live-help = O mês do calendário da entrada em operação (mês 0), como 2026-03: os meses passam a mostrar suas datas. Deixe vazio para apenas numerá-los.
# $typed: what was typed, in quotes
tracking-error-go-live = Mês de entrada em operação { $typed }: escreva o ano e o mês como 2026-03
tracking-attribution = Atribuído ao CRM
tracking-attribution-help = Quanto de cada variação medida é atribuído ao CRM. A receita também cresce com contratações, novos mercados e novos produtos, e os clientes ficam por outros motivos também: atribua ao CRM apenas a parte dele. 100% atribui tudo a ele.
tracking-rollout-cost = Custo real da implantação
tracking-not-measured = não medido
tracking-rollout-cost-help = Quanto a implantação custou de fato na entrada em operação (mês 0): serviços de implantação, treinamento, horas da equipe. Vazio: vale o custo único previsto.
tracking-error-rollout-cost = Custo real da implantação: { $message }
tracking-import-csv = Importar CSV…
tracking-import-csv-help = Mesclar meses medidos de um CSV (um mês do arquivo substitui esse mês); Ctrl+Z desfaz
tracking-export-template = Exportar modelo CSV…
tracking-export-template-help = Um CSV com a coluna de cada medida e os números previstos de cada mês, pronto para ser sobrescrito com o que aconteceu
tracking-error-outside = { $value } está fora da faixa de 0 a { $max }
tracking-month = Mês
# A grid cell's tooltip; $month: the month as the grid labels it, $plan: the plan's figure or –
tracking-cell-help = { $measure }, mês { $month }. Previsto: { $plan }. Vazio: não medido.
# A grid cell's accessible name; $month: the month's number
tracking-cell-name = { $measure }, mês { $month }
tracking-error-cell = Mês { $month }, { $measure }: { $message }
tracking-help-revenue = Receita de novos negócios no mês ({ $currency }). Ganho de vendas realizado = (receita − receita antes do CRM) × margem × a parcela atribuída ao CRM.
tracking-help-deals-won = Negócios ganhos no mês: exibidos ao lado do previsto; não contam como dinheiro.
tracking-help-sales-cycle = Média de dias do primeiro contato ao fechamento: exibida ao lado do novo ciclo previsto; não conta como dinheiro.
tracking-help-hours-saved = Horas administrativas economizadas por membro da equipe por semana: valorizadas pelo custo por hora × a parcela atribuída.
tracking-help-customers = Clientes pagantes no fim do mês: os que excedem a base sem o CRM contam como retidos.
tracking-help-acquisition = Investimento em marketing no mês ({ $currency }): o que ficar abaixo do previsto é a economia.
tracking-help-support-cost = Custo da equipe de suporte no mês ({ $currency }): o que ficar abaixo do previsto é a economia.
tracking-help-crm-cost = Todo o custo do CRM no mês ({ $currency }): licenças, administração e qualquer outro. Vazio: vale o custo previsto.
# The "Medido até" tile when no month is measured
tracking-through-none = nenhum ainda
tracking-tile-roi = ROI até agora (previsto)
tracking-tile-roi-formula = Meses 0 a { $through }: saldo acumulado / custo acumulado × 100,
    realizado { $actual } contra { $plan } previsto
tracking-tile-net = Saldo até agora
tracking-tile-net-formula = Realizado { $actual } contra { $plan } previsto
    desvio { $variance }
tracking-tile-variance = Desvio até agora
tracking-tile-variance-formula = Saldo realizado até agora − saldo previsto até agora
tracking-tile-outlook-roi = { $months ->
    [one] Projeção: ROI em { $months } mês
   *[other] Projeção: ROI em { $months } meses
}
tracking-tile-outlook-roi-formula = Os meses medidos e, depois deles, o previsto:
    saldo no horizonte { $net }
tracking-tile-outlook-payback = Projeção: prazo de retorno
tracking-tile-outlook-payback-formula = Os meses medidos e depois o previsto: o primeiro mês a partir do qual o saldo acumulado fica em zero ou acima
tracking-tile-through = Medido até
tracking-tile-through-formula = O último mês com medição; { $attribution }% de cada variação medida é atribuído ao CRM
tracking-chart-title = Saldo acumulado: previsto x realizado
tracking-plan = Previsto
tracking-actual = Realizado
tracking-outlook = Projeção
tracking-measured-month = Mês medido
tracking-variance = Desvio
# $through: the last measured month (0: none yet)
tracking-groups-heading = { $through ->
    [0] Ganhos até agora por grupo, nenhum mês medido ainda ({ $currency })
    [1] Ganhos até agora por grupo, mês 1 ({ $currency })
   *[other] Ganhos até agora por grupo, meses 1–{ $through } ({ $currency })
}
tracking-group-sales-help = Cross-sell, ciclo mais rápido e taxa de conversão juntos: a receita medida não consegue separá-los
tracking-total = Total
tracking-kpis-title = Negócios, ciclo e clientes contra o previsto
tracking-kpis-none = Nenhum negócio, duração de ciclo ou cliente medido ainda.
# $difference: signed, as +2,0 or -1,5
tracking-kpi-cell = { $actual } (previsto { $plan }, { $difference })
tracking-quarters-title = Por trimestre
tracking-later-quarters = Meses { $first }–{ $last }: nada medido ainda, o previsto por trimestre

## Presentation mode (src/app/presentation.rs)

present-exit = Sair (Esc)
present-exit-help = Voltar à calculadora
present-high-contrast = Alto contraste
present-high-contrast-help = Preto e branco, para projetores
present-larger = A+
present-larger-help = Texto maior (Ctrl+plus)
present-smaller = A-
present-smaller-help = Texto menor (Ctrl+minus)
present-subtitle = { $months ->
    [one] Retorno sobre o investimento (ROI) no CRM em { $months } mês, valores em { $currency }
   *[other] Retorno sobre o investimento (ROI) no CRM em { $months } meses, valores em { $currency }
}
present-reset = Restaurar
# $value: the driver's value with its unit
present-reset-help = Voltar ao valor do cenário: { $value }
# $help: what the driver means
present-what-if-help = E se? { $help }
    A marca sob o controle deslizante é o valor do cenário.

## Reports (src/report/): the terminal table, Markdown, HTML, analyses and tracking.

## Shared figures and words
report-horizon = Horizonte
report-horizon-months = { $count ->
    [one] { $count } mês
   *[other] { $count } meses
}
report-total-cost = Custo total
report-total-gain = Ganho total
report-net-gain = Ganho líquido
report-roi = ROI
report-payback = Prazo de retorno
report-npv = VPL
report-discounted-roi = ROI descontado
report-monthly-gain-full-adoption = Ganho mensal com adoção plena
report-monthly-net-full-adoption = Saldo mensal com adoção plena
report-new-sales-cycle = Novo ciclo de vendas
report-days = { $days } dias
report-roi-at-months = { $months ->
    [one] ROI em { $months } mês
   *[other] ROI em { $months } meses
}
report-currency = Moeda
report-licences-billed = Cobrança das licenças
report-billing-monthly = mensal
report-billing-annually = anual
report-billing-annually-ahead = anual, antecipada
report-gain = Ganho
report-cost = Custo
report-net = Saldo
report-initial = Inicial
report-note = Observação: { $note }
report-notes-heading = Observações
report-figure = Indicador
report-value = Valor

## Monthly table columns
report-col-month = Mês
report-col-cost = Custo
report-col-gain = Ganho
report-col-net = Saldo
report-col-cumulative-cost = Custo acumulado
report-col-cumulative-gain = Ganho acumulado
report-col-cumulative-net = Saldo acumulado
report-col-roi = ROI

## Extra lines
report-extra-lines = Linhas extras
report-lines-line = Linha
report-lines-kind = Tipo
report-lines-amount = Valor
report-lines-per = Periodicidade
report-lines-months = Meses
report-line-per-once = uma vez
report-line-per-month = por mês
report-line-per-year = por ano (um doze avos a cada mês)
report-line-month = mês { $month }
report-line-months = meses { $from }–{ $to }
report-lines-count = { $count ->
    [0] nenhuma
    [one] { $count } linha
   *[other] { $count } linhas
}

## Plausibility notes
report-notes-high-roi = Um ROI de { $roi } está muito acima do que os casos de CRM relatam (algumas centenas por cento).
report-notes-high-roi-driver = A maior parte dele ({ $share }% do ganho) vem de { $part }, com { $driver } = { $value }: verifique essa premissa.
report-notes-high-roi-lines = A maior parte dele ({ $share }% do ganho) vem das linhas extras de ganho: verifique-as.
report-notes-payback-no-cost = O retorno é imediato porque não há custo único (implantação, treinamento, horas da equipe): o primeiro mês já gera { $gain } de ganho. A maioria das implantações tem algum custo inicial.
report-notes-fast-payback = Retorno dentro do primeiro mês: o ganho do primeiro mês ({ $gain }) já cobre o custo único ({ $cost }).
report-notes-gain-above-revenue = Com adoção plena, o CRM geraria { $gain } de ganho por mês, mais do que os { $revenue } que a equipe inteira vende hoje em um mês: verifique os aumentos.
report-notes-time-saved = O tempo economizado é contado como dinheiro ({ $value } por mês, { $share }% do ganho): só se paga se as horas liberadas forem para vendas ou se a folha de pagamento diminuir.

## Terminal table and Markdown
report-table-title = { $name } (valores em { $currency })
report-md-amounts-in = Valores em { $currency }.
report-month-by-month = Mês a mês

## HTML report
report-html-title = { $name } – ROI do CRM
report-html-meta = { $months ->
    [one] Retorno sobre o investimento (ROI) do CRM · preparado em { $date } · valores em { $currency } · horizonte de { $months } mês
   *[other] Retorno sobre o investimento (ROI) do CRM · preparado em { $date } · valores em { $currency } · horizonte de { $months } meses
}
report-html-charts = Gráficos
report-html-inputs = Entradas
report-html-footer = Calculado com o crm-roi: aritmética decimal exata, arredondada para centavos na exibição.
report-before-after-heading = O departamento, um mês com adoção plena ({ $currency })
report-before-after-before = Antes
report-before-after-after = Depois
report-before-after-change = Variação

## Charts
report-chart-month-axis = Mês
report-chart-bar-title = { $series }, mês { $month }: { $value }
report-chart-break-even = Ponto de equilíbrio no mês { $month }
report-chart-cost-gain = Custo e ganho acumulados ({ $currency })
report-chart-cumulative-cost = Custo acumulado
report-chart-cumulative-gain = Ganho acumulado
report-chart-payback = Prazo de retorno: { $months } meses
report-chart-roi = ROI acumulado
report-chart-roi-series = ROI %
report-chart-gain-by-driver = Ganho mensal por fonte ({ $currency })
report-chart-cost-by-kind = Custo mensal por tipo ({ $currency })

## How the numbers are computed (HTML report)
report-formulas-heading = Como os números são calculados
report-formulas-baseline = Receita mensal de referência = usuários × negócios por membro por mês × receita por negócio. A margem bruta ({ $margin }%) é a parcela da receita adicional contada como ganho.
report-formulas-gains = Ganhos com adoção plena, que se somam: cross-sell / upsell = receita de referência × aumento × margem; ciclo de vendas mais rápido = receita de referência × c/(1 − c) × margem, pois o mesmo pipeline fecha 1/(1 − c) vezes mais negócios quando o ciclo fica c mais curto; maior taxa de conversão = receita de referência × aumento × margem; tempo economizado = usuários × horas economizadas por semana × 52/12 × custo por hora (custo mensal / horas trabalhadas); aquisição mais barata = investimento em aquisição × redução e atendimento mais rápido = custo de suporte × redução (economias, portanto sem margem).
report-formulas-adoption = Esses ganhos são multiplicados pela adoção ({ $adoption }%) e por 1 − ajuste de risco ({ $risk }%), e crescem linearmente durante o período de adaptação de { $ramp } meses. Os ganhos começam no mês 1.
report-formulas-customers = Clientes retidos: a base de clientes é projetada mês a mês, perdendo o churn mensal sem o CRM e, com ele, um churn menor pela redução do churn (considerando o período de adaptação, × adoção); o ganho é a diferença de clientes × receita por cliente × margem × (1 − risco), portanto se acumula.
report-formulas-costs = Custos: implantação, treinamento e horas da equipe dedicadas a ela (horas × custo por hora) na entrada em operação (mês 0); licenças e administração todo mês depois disso. As licenças sobem pelo reajuste anual a cada renovação; na cobrança anual, cada ano de licença é pago no seu início.
report-formulas-lines = As linhas extras contam como foram lançadas (uma vez, todo mês ou um valor anual distribuído pelos meses); as linhas de ganho são reduzidas pelo ajuste de risco, mas não pela adoção nem pelo período de adaptação.
report-formulas-roi = ROI = saldo acumulado / custo acumulado × 100. O prazo de retorno é o primeiro mês a partir do qual o saldo acumulado fica em zero ou acima, interpolado dentro do mês.
report-formulas-npv = O VPL desconta o mês m por (1 + { $rate }%)^(m/12); ROI descontado = (valor presente dos ganhos − valor presente dos custos) / valor presente dos custos. A análise de viabilidade por ano desconta cada ano no seu fim.

## The business case by year
report-years-heading = Análise de viabilidade por ano ({ $currency })
report-years-title = { $name }: análise de viabilidade por ano (valores em { $currency })
report-years-year = Ano { $year }
report-years-part-year = Ano { $year } (meses { $first }–{ $last })
report-years-total = Total
report-years-present-value = Valor presente
report-years-total-gains = Total de ganhos
report-years-total-costs = Total de custos
report-years-footnote = Valor presente: os números de cada ano divididos por (1 + { $rate }%)^ano, descontados no fim do ano, como fazem as análises de viabilidade publicadas (método TEI da Forrester); a coluna Inicial (entrada em operação, mês 0) não é descontada. VPL por anos { $npv }, ROI por anos { $roi }. O VPL principal ({ $headline_npv }) desconta mês a mês.

## Plan against actual
report-tracking-heading = Previsto x realizado
report-tracking-title = { $name }: previsto x realizado (valores em { $currency })
report-tracking-measured-through = Medido até
report-tracking-none-measured = nenhum mês medido ainda
report-tracking-through-month = mês { $month }
report-tracking-attribution = Atribuição ao CRM
report-tracking-roi-to-date = ROI até agora, realizado (previsto)
report-tracking-net-to-date = Saldo até agora, realizado (previsto)
report-tracking-variance-to-date = Desvio até agora
report-tracking-outlook-net = Projeção: saldo no horizonte
report-tracking-outlook-roi = Projeção: ROI no horizonte
report-tracking-outlook-payback = Projeção: prazo de retorno
report-tracking-col-measured = Medido
report-tracking-col-plan-gain = Ganho previsto
report-tracking-col-actual-gain = Ganho realizado
report-tracking-col-plan-cost = Custo previsto
report-tracking-col-actual-cost = Custo realizado
report-tracking-col-plan-cum-net = Saldo acum. previsto
report-tracking-col-actual-cum-net = Saldo acum. realizado
report-tracking-yes = sim
report-tracking-by-quarter = Por trimestre
report-tracking-quarter = Trimestre
report-tracking-plan = Previsto
report-tracking-actual = Realizado
report-tracking-variance = Desvio
report-tracking-outlook = Projeção
report-tracking-measured-month = Mês medido
report-tracking-chart = Saldo acumulado: previsto x realizado ({ $currency })
report-quarter-month = T{ $quarter } (mês { $month })
report-quarter-months = T{ $quarter } (meses { $first }–{ $last })

## Calendar months, short, and a month of a year (`mar/2026`)
report-month-jan = jan
report-month-feb = fev
report-month-mar = mar
report-month-apr = abr
report-month-may = mai
report-month-jun = jun
report-month-jul = jul
report-month-aug = ago
report-month-sep = set
report-month-oct = out
report-month-nov = nov
report-month-dec = dez
report-short-month = { $month }/{ $year }

## Sensitivity
report-sensitivity-title = { $months ->
    [one] { $name }: cada premissa variada isoladamente em -/+{ $swing }%; ROI em { $months } mês { $roi }, VPL { $npv }
   *[other] { $name }: cada premissa variada isoladamente em -/+{ $swing }%; ROI em { $months } meses { $roi }, VPL { $npv }
}
report-sensitivity-driver = Premissa
report-sensitivity-low-value = Valor baixo
report-sensitivity-high-value = Valor alto
report-sensitivity-roi-low = ROI baixo
report-sensitivity-roi-high = ROI alto
report-sensitivity-npv-low = VPL baixo ({ $currency })
report-sensitivity-npv-high = VPL alto ({ $currency })

## Risk range
report-risk-title = { $runs ->
    [one] { $name }: { $runs } simulação, semente { $seed }
   *[other] { $name }: { $runs } simulações, semente { $seed }
}
report-risk-heading = { $runs ->
    [one] Faixa de risco ({ $runs } simulação, semente { $seed })
   *[other] Faixa de risco ({ $runs } simulações, semente { $seed })
}
report-risk-payback-months = Prazo de retorno, meses (– = não ocorre em { $horizon })
report-risk-chance-payback = { $months ->
    [one] Chance de retorno em até { $months } mês
   *[other] Chance de retorno em até { $months } meses
}
report-risk-chance-payback-value = { $months ->
    [one] Chance de retorno em até { $months } mês: { $chance }%
   *[other] Chance de retorno em até { $months } meses: { $chance }%
}
report-risk-chance-negative = Chance de ROI negativo
report-risk-chance-negative-value = Chance de ROI negativo: { $chance }%
report-risk-roi-p10 = ROI P10
report-risk-roi-p50 = ROI P50
report-risk-roi-p90 = ROI P90
report-risk-range = { $driver }: baixo { $low }, mais provável { $likely }, alto { $high }

## Goal seek
report-goal-target-roi = { $months ->
    [one] um ROI de { $roi } em { $months } mês
   *[other] um ROI de { $roi } em { $months } meses
}
report-goal-target-payback = prazo de retorno de { $months } meses
report-goal-metric-roi = ROI { $roi }
report-goal-metric-no-roi = sem ROI (não há nenhum gasto)
report-goal-metric-payback = prazo de retorno de { $payback }
report-goal-today = Hoje: { $value }.
report-goal-reached = { $driver } = { $value } dá { $target }.
report-goal-reached-exactly = { $driver } = { $value } dá { $target } ({ $achieved }).
report-goal-before-month-zero = O retorno não pode ocorrer antes do mês 0.
report-goal-beyond-horizon = Um prazo de retorno de { $months } meses está além do horizonte de { $horizon } meses: a projeção não vai tão longe. Aumente o horizonte para procurá-lo.
report-goal-jump-roi = { $target } não é atingível: conforme { $driver } muda, o ROI salta por cima da meta.
report-goal-jump-payback = { $target } não é atingível: conforme { $driver } muda, o prazo de retorno salta por cima da meta.
report-goal-between-whole = Nenhum valor inteiro de { $driver } dá exatamente { $target }: { $low } dá { $low_metric }, { $high } dá { $high_metric }.
report-goal-no-whole = Nenhum valor inteiro de { $driver } dá exatamente { $target }.
report-goal-out-of-range = Nenhum valor de { $driver } entre { $min } e { $max } atinge { $target }: { $min } dá { $at_min }, { $max } dá { $at_max }.
report-goal-nearest = O mais próximo atingível: { $metric } com { $driver } = { $value }.

## Compare
report-compare-currencies-differ = Atenção: estes cenários usam moedas diferentes. Os valores não são convertidos; compare-os apenas pelo ROI e pelo prazo de retorno.
report-compare-horizons-differ = Observação: os horizontes diferem, então totais, ROI e VPL cobrem períodos diferentes; compare-os com cuidado.
report-compare-inputs-differ = Entradas que diferem

## Images
report-png-cannot-make = não é possível gerar uma imagem de { $width }×{ $height }
report-png-wrong-size = uma imagem de { $width }×{ $height } precisa de { $expected } bytes, recebeu { $got }


## Added after the first translation pass
menu-language = Idioma
preset-defaults = Padrão
preset-200-percent = O caso de 200%
preset-vendor-quick-estimate = Estimativa rápida estilo fornecedor
preset-cautious-founder = Fundador cauteloso
preset-large-team = Equipe grande, 3 anos
preset-subscription = Negócio por assinatura, 2 anos
preset-tracked-half-year = Seis meses após a entrada em operação
menu-export-spreadsheet-csv = Tabela mensal para planilha neste idioma…
dialog-kind-spreadsheet-csv = a tabela mensal para planilha (CSV)
