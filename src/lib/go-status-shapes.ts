/** The shape of each Go status, drawn in a 16 × 16 box: its badge never relies on colour alone. */
import type { GoStatus } from './vocabulary';

/** A filled circle, a half-filled circle, a cross and a question mark in a ring. */
export const goStatusShapes: Record<GoStatus, string> = {
	core: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Z',
	partial: 'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 2v10a5 5 0 0 1 0-10Z',
	'not-go': 'M3.4 2 2 3.4 6.6 8 2 12.6 3.4 14 8 9.4l4.6 4.6 1.4-1.4L9.4 8 14 3.4 12.6 2 8 6.6Z',
	unknown:
		'M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm0 2a5 5 0 1 1 0 10A5 5 0 0 1 8 3Zm-.8 6.5h1.6V11H7.2Zm.8-5a2.2 2.2 0 0 0-2.2 2.2h1.5a.7.7 0 1 1 1 .6c-.6.3-1.1.8-1.1 1.5h1.5c0-.3.2-.4.5-.6A2.2 2.2 0 0 0 8 4.5Z',
};
