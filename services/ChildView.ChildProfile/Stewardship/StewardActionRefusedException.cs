namespace ChildView.ChildProfile.Stewardship;

/// <summary>Why a merge, unmerge or separation was refused; the API answers it as a 409 problem.</summary>
public sealed class StewardActionRefusedException(string reason) : Exception(reason);
