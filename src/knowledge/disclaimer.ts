/** The not-medical-advice text and the warning signs, shared by every surface that shows health text. */

/** Shown at the top of the article page and wherever health text is read at length. */
export const disclaimer =
  'Limber is not medical advice. It shares general information about back stiffness to help you look after your back; it cannot diagnose or treat any condition. Talk to a doctor or physiotherapist about your own back, especially before you start new exercises or take any medicine. If your pain is severe, getting worse, or comes with any of the warning signs under “When to see a doctor”, get medical help.';

/** One line for small surfaces (tooltips, popup, break page). */
export const disclaimerShort = 'Not medical advice. If in doubt, ask a doctor.';

/** Warning signs that mean "see a doctor" rather than "stretch it out". */
export const redFlags: readonly string[] = [
  'Back pain that started after a fall or an injury',
  'Numbness, weakness or tingling in your legs',
  'Loss of bladder or bowel control, or numbness around your groin or buttocks (get emergency help straight away)',
  "A fever, or weight loss you can't explain",
  "Pain that hasn't eased after a few weeks",
  'Pain that is severe at night',
];

/** Explains the "General guidance" mark on the article page. */
export const generalGuidanceNote =
  'Items marked "General guidance" are widely accepted advice added by Limber; the rest follows the source article.';
