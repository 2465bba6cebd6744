/** Auto-paging: {@link org.imageapis.client.paging.AutoPager} turns offset/limit pages into one lazy iterable or stream. */
package org.imageapis.client.paging;
