# crm-roi: English messages, the source of every other language.
app-name = crm-roi
