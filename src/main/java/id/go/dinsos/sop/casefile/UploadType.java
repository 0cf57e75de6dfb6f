package id.go.dinsos.sop.casefile;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file staff may upload, recognised by their first bytes (magic numbers), never by name. */
public enum UploadType {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

  private final String contentType;
  private final String extension;
  private final byte[] magic;

  UploadType(String contentType, String extension, byte[] magic) {
    this.contentType = contentType;
    this.extension = extension;
    this.magic = magic;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }

  /** The type the content is, whatever the file is called. */
  public static Optional<UploadType> of(byte[] content) {
    return Arrays.stream(values())
        .filter(type -> content.length >= type.magic.length
            && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length))
        .findFirst();
  }
}
