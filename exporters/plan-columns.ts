/** The plan table's columns in a spreadsheet, in the order coordinators know from the Word tables. */
export const planColumns = [
  { key: 'focusArea', header: 'Fokusområde', width: 28 },
  { key: 'what', header: 'Vad', width: 50 },
  { key: 'whenText', header: 'När', width: 32 },
  { key: 'target', header: 'Mål (tolkat)', width: 24 },
  { key: 'partners', header: 'Samverkan', width: 30 },
  { key: 'responsible', header: 'Ansvarig', width: 26 },
  { key: 'followUpMeasure', header: 'Uppföljning', width: 30 },
  { key: 'cause', header: 'Orsak', width: 30 },
  { key: 'operativeGoal', header: 'Operativt mål', width: 30 },
  { key: 'preventionType', header: 'Preventionstyp', width: 16 },
  { key: 'preventionLevel', header: 'Preventionsnivå', width: 16 },
  { key: 'startDate', header: 'Start', width: 12 },
  { key: 'endDate', header: 'Slut', width: 12 },
] as const;

export type PlanColumnKey = (typeof planColumns)[number]['key'];

export const logColumns = [
  { key: 'activity', header: 'Aktivitet', width: 40 },
  { key: 'occurredOn', header: 'Datum', width: 12 },
  { key: 'count', header: 'Antal', width: 8 },
  { key: 'place', header: 'Plats', width: 24 },
  { key: 'participants', header: 'Deltagande organisationer', width: 30 },
  { key: 'note', header: 'Anteckning', width: 50 },
  { key: 'reportedBy', header: 'Rapporterad av', width: 22 },
] as const;

export const preventionTypeLabels = { social: 'Social', situational: 'Situationell' } as const;
export const preventionLevelLabels = { universal: 'Universell', selective: 'Selektiv', indicated: 'Indikerad' } as const;
