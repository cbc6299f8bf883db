export { buildAlerts, compareAlerts, flagRank, isAcknowledged, severityOf, withAcks } from "./build-alerts";
export { describeFlag, flagContextOf, type FlagContext } from "./flag-copy";
export { groupAlerts, type AlertGroup, type GroupedAlerts, type GroupOptions } from "./group-alerts";
export { ALERT_ORDER, SEVERITY, type Alert, type AlertSeverity } from "./types";
