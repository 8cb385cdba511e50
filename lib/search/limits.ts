/** The longest query the search boxes take and the search page reads: room for a question pasted in full. */
export const MAX_QUERY = 250;
