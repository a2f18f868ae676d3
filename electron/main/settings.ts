/** Preferences that outlive a session (today: the UI language, so the menu starts in it). */
import { z } from 'zod';

export const settingsSchema = z.object({ language: z.enum(['zh-CN', 'en']).optional() });

export type Settings = z.infer<typeof settingsSchema>;
