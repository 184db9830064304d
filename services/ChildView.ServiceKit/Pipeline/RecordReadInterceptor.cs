using ChildView.ServiceKit.Children;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ChildView.ServiceKit.Pipeline;

/// <summary>Tells the request every record it loaded, so the audit row names what a read or a list disclosed.</summary>
public sealed class RecordReadInterceptor : IMaterializationInterceptor
{
    public static readonly RecordReadInterceptor Instance = new();

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (entity is ChildRecord record && materializationData.Context is IRecordPipelineContext { Request: { } request })
        {
            request.Saw(record);
        }

        return entity;
    }
}
