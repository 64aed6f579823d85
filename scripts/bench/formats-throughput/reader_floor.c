/* The floor under GraphMLReader: libxml2's xmlTextReader over a file with the reader's own
 * options (NONET | COMPACT | NOBLANKS), doing nothing with the nodes (mode 0) or touching
 * what GraphMLReader touches -- node type, names, each attribute's value, each text's value
 * (mode 1). Prints one JSON line like formats-throughput.
 *   cc -O2 reader_floor.c $(pkg-config --cflags --libs libxml-2.0) -o reader_floor
 *   ./reader_floor FILE [0|1]
 */
#include <libxml/xmlreader.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

static double cpu_seconds(void) {
  struct rusage u;
  getrusage(RUSAGE_SELF, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: reader_floor FILE [0|1]\n");
    return 2;
  }
  int mode = argc > 2 ? atoi(argv[2]) : 1;
  xmlTextReaderPtr reader =
      xmlReaderForFile(argv[1], NULL, XML_PARSE_NONET | XML_PARSE_COMPACT | XML_PARSE_NOBLANKS);
  if (reader == NULL) return 1;
  long nodes = 0, bytes = 0;
  int rc;
  while ((rc = xmlTextReaderRead(reader)) == 1) {
    nodes++;
    if (mode == 0) continue;
    int type = xmlTextReaderNodeType(reader);
    xmlTextReaderConstLocalName(reader);
    xmlTextReaderConstNamespaceUri(reader);
    if (type == XML_READER_TYPE_ELEMENT && xmlTextReaderHasAttributes(reader) == 1) {
      for (int more = xmlTextReaderMoveToFirstAttribute(reader); more == 1;
           more = xmlTextReaderMoveToNextAttribute(reader)) {
        xmlTextReaderConstLocalName(reader);
        bytes += strlen((const char *)xmlTextReaderConstValue(reader));
      }
      xmlTextReaderMoveToElement(reader);
    } else if (type == XML_READER_TYPE_TEXT) {
      bytes += strlen((const char *)xmlTextReaderConstValue(reader));
    }
  }
  xmlFreeTextReader(reader);
  if (rc < 0) return 1;
  printf("{\"tool\": \"libxml2 xmlTextReader loop\", \"phase\": \"read (mode %d)\", \"cpu_seconds\": %.2f, "
         "\"reader_nodes\": %ld, \"value_bytes\": %ld}\n",
         mode, cpu_seconds(), nodes, bytes);
  return 0;
}
