/** The optional permission reminders need (manifest `optional_permissions`), asked for when they are switched on. */
export const NOTIFICATIONS_PERMISSION = { permissions: ['notifications' as const] };
