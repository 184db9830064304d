namespace ChildView.Messaging.Publishers;

/// <summary>An event not published by the service that owns it. Never retried: the next attempt would be refused for the same reason.</summary>
public sealed class UntrustedPublisherException(string message) : Exception(message);
