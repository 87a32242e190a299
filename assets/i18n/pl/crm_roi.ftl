app-name = crm-roi
