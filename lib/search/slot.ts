/** The id of the place in the search page's header where the script puts the page's one search box. */
export const SEARCH_BOX_SLOT = 'search-box-slot';
