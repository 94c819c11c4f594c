// The report's names for the core's enums: one place, so the JSON and the text summary agree.
#include "parallax/mentions.h"

namespace parallax {

const char* number_kind_name(NumberKind kind) {
  switch (kind) {
    case NumberKind::kCount:
      return "count";
    case NumberKind::kMoney:
      return "money";
    case NumberKind::kPercent:
      return "percent";
    case NumberKind::kDuration:
      return "duration";
    case NumberKind::kMeasure:
      return "measure";
    case NumberKind::kAge:
      return "age";
  }
  return "count";
}

const char* qualifier_name(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kApprox:
      return "approx";
    case Qualifier::kUpper:
      return "upper";
    case Qualifier::kLower:
      return "lower";
    case Qualifier::kRange:
      return "range";
    case Qualifier::kVague:
      return "vague";
  }
  return "exact";
}

const char* entity_type_name(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kPlace:
      return "place";
    case EntityType::kOther:
      return "other";
  }
  return "other";
}

const char* group_kind_name(GroupKind kind) {
  switch (kind) {
    case GroupKind::kQuantity:
      return "quantity";
    case GroupKind::kEvent:
      return "event";
    case GroupKind::kUtterance:
      return "utterance";
    case GroupKind::kClaim:
      return "claim";
  }
  return "claim";
}

const char* conflict_kind_name(ConflictKind kind) {
  switch (kind) {
    case ConflictKind::kNone:
      return "none";
    case ConflictKind::kEstimatesDiffer:
      return "estimates_differ";
    case ConflictKind::kUpdated:
      return "updated";
    case ConflictKind::kContradicts:
      return "contradicts";
  }
  return "none";
}

}  // namespace parallax
