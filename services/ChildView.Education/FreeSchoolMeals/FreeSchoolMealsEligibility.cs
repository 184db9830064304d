using ChildView.Education.Common;

namespace ChildView.Education.FreeSchoolMeals;

/// <summary>A period in which the pupil was eligible for free school meals (CBDS FSM eligibility: start and end dates).</summary>
public sealed class FreeSchoolMealsEligibility : PeriodRecord;
