/** Limits on every free-text field of a case (also shown as help in the form). */
export const CASE_LIMITS = {
  title: 150,
  situation: 4000,
  pole: 200,
  location: 200,
  fuel: 1000,
  tried: 2000,
  networkSummary: 1000,
  roleDescription: 200,
  roles: 15,
  advice: 4000,
  agreedActions: 2000,
  action: 500,
  query: 100,
} as const;
