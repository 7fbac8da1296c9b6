package org.careshelf.app;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the library copy and the reader's own data live. One reader's folder holds both. A folder
 * the administrator shares among every user of a computer ({@code data-dir} in the settings file)
 * holds the library copy, readable by all, and a folder of each user's own under {@code users/}:
 * {@code /srv/careshelf/content.db} and {@code /srv/careshelf/users/alice/user.db}.
 *
 * @param library the folder of the library copy ({@code content.db})
 * @param user the folder of this user's {@code user.db}, its set-aside files and the instance lock
 * @param shared true when the library folder is shared by every user of the computer
 */
record DataFolders(Path library, Path user, boolean shared) {

  static final String USERS = "users";

  private static final System.Logger LOG = System.getLogger(DataFolders.class.getName());

  /** One reader's folder, holding the library copy and their data. */
  static DataFolders single(Path folder) {
    return new DataFolders(folder, folder, false);
  }

  /** A folder shared by every user of the computer, with {@code userName}'s own folder in it. */
  static DataFolders shared(Path folder, String userName) {
    return new DataFolders(folder, folder.resolve(USERS).resolve(safeName(userName)), true);
  }

  /**
   * Makes {@code users/} in a shared folder, when this is the first start there, writable by every
   * user and sticky (as {@code /tmp}), so each user can make a folder of their own and none can
   * remove or rename another's. The user's folder itself is made for them alone by the store.
   */
  Path prepareUserFolder() {
    if (!shared) {
      return user;
    }
    Path users = user.getParent();
    try {
      if (!Files.isDirectory(users)) {
        Files.createDirectories(users);
        if (users.getFileSystem().supportedFileAttributeViews().contains("unix")) {
          // The sticky bit has no PosixFilePermission; the JDK's unix view sets the whole mode.
          Files.setAttribute(users, "unix:mode", 01777);
        }
      }
    } catch (IOException e) {
      // The store then keeps this session's data in memory and tells the reader why.
      LOG.log(Level.WARNING, "The shared folder " + users + " cannot be prepared", e);
    }
    return user;
  }

  /**
   * A user name as a folder name: letters, digits, dot, hyphen and underscore are kept, anything
   * else becomes an underscore; never empty, never hidden.
   */
  static String safeName(String userName) {
    String name = userName == null ? "" : userName.strip().replaceAll("[^A-Za-z0-9._-]", "_");
    if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
      return "reader";
    }
    return name.startsWith(".") ? "_" + name.substring(1) : name;
  }
}
