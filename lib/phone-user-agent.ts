/** Whether a user agent says it is a phone ("Mobi" is how browsers say so; Android phones say it too, tablets do not). */
export function isPhoneUserAgent(userAgent: string | null): boolean {
  return userAgent !== null && /Mobi/i.test(userAgent);
}
