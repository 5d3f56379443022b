/**
 * Reading every page of a list operation (fills, open orders, transfers) as one lazy iterator or
 * stream.
 *
 * <p>Public: {@link dev.tradekit.intx.client.paging.IntxPages}, the entry point, and
 * {@link dev.tradekit.intx.client.paging.PageRequest}, what each page's call is given. The iterator
 * behind them is package-private.
 */
package dev.tradekit.intx.client.paging;
