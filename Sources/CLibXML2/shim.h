#ifndef TIES_CLIBXML2_SHIM_H
#define TIES_CLIBXML2_SHIM_H
#include <libxml/xmlwriter.h>
#include <libxml/xmlreader.h>
#include <libxml/parser.h>
#endif
