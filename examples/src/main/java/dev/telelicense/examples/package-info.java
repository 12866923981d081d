/** Small runnable programs, one per task a newcomer has. */
package dev.telelicense.examples;
