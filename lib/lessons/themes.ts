/**
 * Themes a lesson can be tagged with: the situations the field meets most often
 * (docs/domain.md "The field"). Keys are stored; labels are translated
 * under `network.themes`.
 */
export const LESSON_THEMES = [
  "YOUTH_POLICE",
  "ASYLUM_RECEPTION",
  "SCHOOL",
  "TRADITIONS",
  "HEALTH_MEASURES",
  "INTERNATIONAL_CONFLICT",
  "RELIGION_IDENTITY",
  "NEIGHBOURHOOD_LIVING",
  "ONLINE",
  "OTHER",
] as const;

export type LessonTheme = (typeof LESSON_THEMES)[number];
