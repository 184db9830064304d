namespace ChildView.Contracts.IntegrationEvents;

/// <summary>Where a service record stands; carried by every change event so a consumer can hide closed or deleted records.</summary>
public enum RecordState
{
    Open,
    Closed,

    /// <summary>Soft-deleted with a reason (recorded in error, duplicate …); never shown, never hard-deleted.</summary>
    Deleted,
}
