package org.careshelf.library;

import java.time.LocalDate;
import java.util.Optional;

/** What a library says of itself: its version, the day it was made and how many articles it has. */
public record LibraryInfo(LibraryVersion version, Optional<LocalDate> date, int articles) {}
