namespace ChildView.Education;

/// <summary>Names this assembly's entry point for test hosts (several web projects share one test run).</summary>
public sealed class EducationMarker;
