/** Small runnable programs that show the client in use; compiled and tested, never a dependency. */
package dev.tradekit.intx.examples;
