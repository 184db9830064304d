using System.Text.Json.Nodes;
using ChildView.Contracts.Security;
using YamlDotNet.RepresentationModel;

namespace ChildView.UnitTests.Deployment;

/// <summary>
/// Reads the kustomize base under k8s/base as plain YAML (no cluster, no kubectl) and checks the
/// properties that availability and isolation depend on, so an edit that drops one fails here
/// rather than in a cluster. Documents are turned into JSON nodes only for easy navigation.
/// </summary>
public sealed class KubernetesManifestTests
{
    private const string IdentityName = "identity";
    private const string GatewayName = "gateway";

    private static readonly string K8sDirectory = Path.Combine(RepositoryRoot(), "k8s");
    private static readonly string BaseDirectory = Path.Combine(K8sDirectory, "base");
    private static readonly IReadOnlyList<JsonObject> Manifests = LoadManifests();
    private static readonly JsonObject BaseKustomization = LoadSingle(Path.Combine(BaseDirectory, "kustomization.yaml"));

    private static IEnumerable<string> ApiNames => ApiResources.All.Select(api => api.Name);

    public static TheoryData<string> DeploymentNames() => new(OfKind("Deployment").Select(Name));

    [Fact]
    public void There_is_a_deployment_for_identity_the_gateway_and_every_routed_api()
    {
        string[] expected = [IdentityName, GatewayName, .. ApiNames];
        Assert.Equal(expected.Order(), OfKind("Deployment").Select(Name).Order());
    }

    [Fact]
    public void The_api_deployments_are_exactly_the_apis_the_gateway_routes_to_and_it_knows_their_addresses()
    {
        var apiDeployments = OfKind("Deployment").Where(d => Str(PodLabels(d)["app.kubernetes.io/component"]) == "api");
        Assert.Equal(ApiNames.Order(), apiDeployments.Select(Name).Order());

        var destinations = GeneratedConfigMap("gateway-destinations");
        Assert.Equal(ApiNames.Select(name => $"services__{name}__http__0").Order(), destinations.Keys.Order());
        foreach (var name in ApiNames)
        {
            var port = Str(Single("Service", name)["spec"]!["ports"]![0]!["port"]);
            Assert.Equal($"http://{name}:{port}", destinations[$"services__{name}__http__0"]);
        }
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void Every_container_is_probed_bounded_and_locked_down(string name)
    {
        var pod = PodSpec(Single("Deployment", name));
        Assert.Equal("false", Str(pod["automountServiceAccountToken"]));

        foreach (var container in pod["containers"]!.AsArray().Select(c => c!.AsObject()))
        {
            Assert.Equal("/health", Str(container["readinessProbe"]?["httpGet"]?["path"]));
            Assert.Equal("/alive", Str(container["livenessProbe"]?["httpGet"]?["path"]));
            Assert.NotNull(container["startupProbe"]?["httpGet"]);

            foreach (var resource in new[] { "cpu", "memory" })
            {
                Assert.NotNull(Str(container["resources"]?["requests"]?[resource]));
                Assert.NotNull(Str(container["resources"]?["limits"]?[resource]));
            }

            var security = container["securityContext"];
            Assert.Equal("true", Str(security?["runAsNonRoot"] ?? pod["securityContext"]?["runAsNonRoot"]));
            Assert.Equal("RuntimeDefault", Str(security?["seccompProfile"]?["type"] ?? pod["securityContext"]?["seccompProfile"]?["type"]));
            Assert.Equal("true", Str(security?["readOnlyRootFilesystem"]));
            Assert.Equal("false", Str(security?["allowPrivilegeEscalation"]));
            Assert.Contains("ALL", Strings(security?["capabilities"]?["drop"]));

            // A read-only root still needs a writable /tmp, and Kestrel must listen where the probes look.
            var tmp = Assert.Single(Items(container["volumeMounts"]), m => Str(m["mountPath"]) == "/tmp");
            Assert.Contains(Items(pod["volumes"]), v => Str(v["name"]) == Str(tmp["name"]) && v["emptyDir"] is not null);
            Assert.Equal("8080", Str(Assert.Single(Items(container["env"]), e => Str(e["name"]) == "ASPNETCORE_HTTP_PORTS")["value"]));
            Assert.Contains(Items(container["ports"]), p => Str(p["containerPort"]) == "8080");
        }
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void Every_deployment_has_a_service_a_disruption_budget_and_a_scaling_rule(string name)
    {
        var deployment = Single("Deployment", name);
        var labels = PodLabels(deployment);
        var portNames = PodSpec(deployment)["containers"]!.AsArray().SelectMany(c => Items(c!["ports"])).Select(p => Str(p["name"]));

        var service = Single("Service", name);
        Assert.True(Selects(new JsonObject { ["matchLabels"] = service["spec"]!["selector"]!.DeepClone() }, labels), $"Service {name} selects no pod of its Deployment.");
        Assert.All(Items(service["spec"]!["ports"]), port => Assert.Contains(Str(port["targetPort"]), portNames));

        var budget = Single("PodDisruptionBudget", name);
        Assert.True(Selects(budget["spec"]!["selector"], labels), $"PodDisruptionBudget {name} protects no pod of its Deployment.");
        Assert.True(int.Parse(Str(budget["spec"]!["minAvailable"])!) >= 1);

        var autoscaler = OfKind("HorizontalPodAutoscaler").SingleOrDefault(h => Str(h["spec"]!["scaleTargetRef"]!["name"]) == name);
        if (autoscaler is not null)
        {
            Assert.Equal("Deployment", Str(autoscaler["spec"]!["scaleTargetRef"]!["kind"]));
            Assert.Contains(Items(autoscaler["spec"]!["metrics"]), m => Str(m["resource"]?["name"]) == "cpu");
            Assert.True(int.Parse(Str(autoscaler["spec"]!["minReplicas"])!) >= 2, "One replica cannot survive a node loss.");
        }
        else
        {
            // Only identity runs at a fixed count, and that count must still survive losing a pod.
            Assert.Equal(IdentityName, name);
            Assert.True(int.Parse(Str(deployment["spec"]!["replicas"]) ?? "1") >= 2);
        }
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void Every_deployment_sees_only_its_own_database(string name)
    {
        var container = Assert.Single(PodSpec(Single("Deployment", name))["containers"]!.AsArray())!;
        var visibleKeys = new List<string>();
        foreach (var env in Items(container["env"]).Where(e => e["valueFrom"]?["secretKeyRef"] is not null))
        {
            var reference = env["valueFrom"]!["secretKeyRef"]!;
            var secretKeys = SecretKeys(Str(reference["name"])!);
            Assert.Contains(Str(reference["key"])!, secretKeys);
            // Secrets reach a service as connection strings, (the profile) as its read login's password, (the record
            // services) as their request login's password, or (the services that allocate) as their own client
            // secret for reading the staff directory.
            Assert.True(
                Str(env["name"])!.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
                    || (name == "profile" && Str(env["name"]) == "Profile__ReaderPassword")
                    || (name is "education" or "socialcare" or "youthoffending" or "earlyyears" && Str(env["name"]) == "ServiceDatabase__LoginPassword")
                    || (name is "socialcare" or "youthoffending" or "earlyyears" && Str(env["name"]) == "Identity__ClientSecret"),
                Str(env["name"]));
            visibleKeys.Add(Str(reference["key"])!);
        }

        // Anything read whole (envFrom, mounted files) is visible too, whatever the variable names.
        visibleKeys.AddRange(Items(container["envFrom"]).Select(e => Str(e["secretRef"]?["name"])).OfType<string>().SelectMany(SecretKeys));
        visibleKeys.AddRange(Items(PodSpec(Single("Deployment", name))["volumes"]).Select(v => Str(v["secret"]?["secretName"])).OfType<string>().SelectMany(SecretKeys));

        string[] databases = [$"{IdentityName}db", .. ApiNames.Select(api => $"{api}db")];
        string[] expected = name switch
        {
            GatewayName => [],
            IdentityName => [$"{IdentityName}db"],
            _ => [$"{name}db", "messaging"],
        };
        Assert.Equal(expected.Order(), visibleKeys.Where(key => databases.Contains(key) || key == "messaging").Order());
        Assert.DoesNotContain(visibleKeys, key => databases.Any(db => key.Contains(db, StringComparison.OrdinalIgnoreCase)) && !expected.Contains(key));
    }

    /// <summary>
    /// The profile signs callers for the row policies and exported steward decisions, and every API seals its audit chain, with keys that
    /// must never be inline in a manifest, and anchors the chain in files that must outlive a pod (and be
    /// shared by every replica, since any replica may hold the chainer's lock) on a volume of its own.
    /// </summary>
    [Theory]
    [InlineData("profile")]
    [InlineData("education")]
    [InlineData("socialcare")]
    [InlineData("youthoffending")]
    [InlineData("earlyyears")]
    public void An_api_reads_its_keys_from_a_mounted_secret_and_keeps_audit_anchors_on_its_own_shared_volume(string name)
    {
        var pod = PodSpec(Single("Deployment", name));
        var container = Assert.Single(pod["containers"]!.AsArray())!;
        var env = Items(container["env"]).ToDictionary(e => Str(e["name"])!);
        Assert.DoesNotContain("Profile__CallerProofKey", env.Keys);
        Assert.DoesNotContain("Audit__ChainKey", env.Keys);
        Assert.DoesNotContain("Profile__DecisionKey", env.Keys);

        string[] keyFiles = name == "profile" ? ["Profile__CallerProofKeyFile", "Audit__ChainKeyFile", "Profile__DecisionKeyFile"] : ["Audit__ChainKeyFile"];
        foreach (var setting in keyFiles)
        {
            var path = Str(Assert.Contains(setting, env)["value"])!;
            var (mount, volume) = MountHolding(pod, container, path);
            Assert.Equal("true", Str(mount["readOnly"]));
            var secretName = Str(volume["secret"]?["secretName"]);
            Assert.NotNull(secretName);
            Assert.Contains(Path.GetFileName(path), SecretKeys(secretName));
        }

        var anchors = Str(Assert.Contains("Audit__AnchorDirectory", env)["value"])!;
        var (anchorMount, anchorVolume) = MountHolding(pod, container, anchors);
        Assert.NotEqual("true", Str(anchorMount["readOnly"]));
        var claimName = Str(anchorVolume["persistentVolumeClaim"]?["claimName"])!;
        Assert.Equal($"{name}-audit-anchors", claimName);
        var claim = Single("PersistentVolumeClaim", claimName);
        Assert.Contains("ReadWriteMany", Strings(claim["spec"]!["accessModes"]));
        Assert.NotNull(pod["securityContext"]?["fsGroup"]); // the non-root user must be able to write the volume
    }

    /// <summary>Each record service signs its callers for its database's row policies with a key that is never inline in a manifest.</summary>
    [Theory]
    [InlineData("education")]
    [InlineData("socialcare")]
    [InlineData("youthoffending")]
    [InlineData("earlyyears")]
    public void A_record_service_reads_its_caller_proof_key_from_its_own_mounted_secret(string name)
    {
        var pod = PodSpec(Single("Deployment", name));
        var container = Assert.Single(pod["containers"]!.AsArray())!;
        var env = Items(container["env"]).ToDictionary(e => Str(e["name"])!);
        Assert.DoesNotContain("ServiceDatabase__CallerProofKey", env.Keys);

        var path = Str(Assert.Contains("ServiceDatabase__CallerProofKeyFile", env)["value"])!;
        var (mount, volume) = MountHolding(pod, container, path);
        Assert.Equal("true", Str(mount["readOnly"]));
        Assert.Equal($"{name}-keys", Str(volume["secret"]?["secretName"]));
        Assert.Contains(Path.GetFileName(path), SecretKeys($"{name}-keys"));
        Assert.Equal("loginPassword", Str(Assert.Contains("ServiceDatabase__LoginPassword", env)["valueFrom"]!["secretKeyRef"]!["key"]));
    }

    [Fact]
    public void Secret_templates_hold_placeholders_only()
    {
        foreach (var secret in OfKind("Secret"))
        {
            Assert.Null(secret["data"]); // base64 would hide a real value from review
            Assert.All(secret["stringData"]!.AsObject(), entry => Assert.Contains("REPLACE-ME", Str(entry.Value)));
        }
    }

    [Fact]
    public void The_namespace_denies_all_ingress_by_default()
    {
        Assert.Contains(OfKind("NetworkPolicy"), policy =>
            policy["spec"]!["podSelector"]!.AsObject().Count == 0
            && Strings(policy["spec"]!["policyTypes"]).Contains("Ingress")
            && policy["spec"]!["ingress"] is null);
    }

    [Fact]
    public void The_apis_accept_traffic_only_from_the_gateway()
    {
        var gatewayLabels = PodLabels(Single("Deployment", GatewayName));
        foreach (var api in ApiNames)
        {
            var labels = PodLabels(Single("Deployment", api));
            var rules = OfKind("NetworkPolicy")
                .Where(p => Selects(p["spec"]!["podSelector"], labels) && Strings(p["spec"]!["policyTypes"]).Contains("Ingress"))
                .SelectMany(p => Items(p["spec"]!["ingress"]))
                .ToList();

            Assert.NotEmpty(rules);
            foreach (var rule in rules)
            {
                // A rule without "from" admits everyone; any other kind of peer widens it beyond the gateway.
                var peers = Items(rule["from"]);
                Assert.NotEmpty(peers);
                Assert.All(peers, peer =>
                {
                    Assert.Equal(new[] { "podSelector" }, peer.Select(p => p.Key));
                    Assert.True(Selects(peer["podSelector"], gatewayLabels), $"{api} admits a peer that is not the gateway.");
                    Assert.All(OfKind("Deployment").Where(d => Name(d) != GatewayName), other => Assert.False(Selects(peer["podSelector"], PodLabels(other)), $"{api} admits {Name(other)}."));
                });
            }
        }
    }

    [Fact]
    public void Every_kustomization_names_files_that_exist_and_the_base_lists_every_manifest()
    {
        foreach (var path in Directory.EnumerateFiles(K8sDirectory, "kustomization.yaml", SearchOption.AllDirectories))
        {
            var kustomization = LoadSingle(path);
            var directory = Path.GetDirectoryName(path)!;
            foreach (var resource in Strings(kustomization["resources"]))
            {
                var target = Path.GetFullPath(Path.Combine(directory, resource));
                Assert.True(File.Exists(target) || File.Exists(Path.Combine(target, "kustomization.yaml")), $"{path} lists missing resource {resource}.");
            }

            foreach (var patch in Items(kustomization["patches"]).Select(p => Str(p["path"])).OfType<string>())
            {
                Assert.True(File.Exists(Path.Combine(directory, patch)), $"{path} lists missing patch {patch}.");
            }
        }

        var manifestFiles = ManifestFiles().Select(Path.GetFileName);
        Assert.Equal(manifestFiles.Order(), Strings(BaseKustomization["resources"]).Order());
    }

    /// <summary>The container's mount a path lies under, and the pod volume behind it.</summary>
    private static (JsonObject Mount, JsonObject Volume) MountHolding(JsonObject pod, JsonNode container, string path)
    {
        var mount = Assert.Single(Items(container["volumeMounts"]),
            m => path == Str(m["mountPath"]) || path.StartsWith(Str(m["mountPath"])!.TrimEnd('/') + "/", StringComparison.Ordinal));
        return (mount, Assert.Single(Items(pod["volumes"]), v => Str(v["name"]) == Str(mount["name"])));
    }

    private static IEnumerable<JsonObject> OfKind(string kind) => Manifests.Where(m => Str(m["kind"]) == kind);

    private static JsonObject Single(string kind, string name) =>
        Assert.Single(OfKind(kind), m => Name(m) == name);

    private static string Name(JsonObject manifest) => Str(manifest["metadata"]!["name"])!;

    private static JsonObject PodSpec(JsonObject deployment) => deployment["spec"]!["template"]!["spec"]!.AsObject();

    private static JsonObject PodLabels(JsonObject deployment) => deployment["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();

    private static IEnumerable<string> SecretKeys(string secretName) =>
        Single("Secret", secretName)["stringData"]!.AsObject().Select(entry => entry.Key);

    /// <summary>A configMapGenerator entry's literals ("KEY=value") as a dictionary.</summary>
    private static Dictionary<string, string> GeneratedConfigMap(string name)
    {
        var generator = Assert.Single(Items(BaseKustomization["configMapGenerator"]), g => Str(g["name"]) == name);
        return Strings(generator["literals"]).Select(literal => literal.Split('=', 2)).ToDictionary(pair => pair[0], pair => pair[1]);
    }

    /// <summary>Kubernetes label-selector semantics: every matchLabels pair and every matchExpression must hold.</summary>
    private static bool Selects(JsonNode? selector, JsonObject labels)
    {
        if (selector is null)
        {
            return false;
        }

        foreach (var (key, value) in selector["matchLabels"]?.AsObject() ?? new JsonObject())
        {
            if (Str(labels[key]) != Str(value))
            {
                return false;
            }
        }

        foreach (var expression in Items(selector["matchExpressions"]))
        {
            var actual = Str(labels[Str(expression["key"])!]);
            var values = Strings(expression["values"]).ToList();
            var holds = Str(expression["operator"]) switch
            {
                "In" => actual is not null && values.Contains(actual),
                "NotIn" => actual is null || !values.Contains(actual),
                "Exists" => actual is not null,
                "DoesNotExist" => actual is null,
                var other => throw new InvalidOperationException($"Unknown selector operator '{other}'."),
            };
            if (!holds)
            {
                return false;
            }
        }

        return true;
    }

    private static string? Str(JsonNode? node) => node?.GetValue<string>();

    private static IEnumerable<string> Strings(JsonNode? node) => node?.AsArray().Select(item => Str(item)!) ?? [];

    private static IEnumerable<JsonObject> Items(JsonNode? node) => node?.AsArray().Select(item => item!.AsObject()) ?? [];

    private static IEnumerable<string> ManifestFiles() =>
        Directory.EnumerateFiles(BaseDirectory)
            .Where(path => path.EndsWith(".yaml", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))
            .Where(path => Path.GetFileName(path) != "kustomization.yaml");

    private static IReadOnlyList<JsonObject> LoadManifests() =>
        ManifestFiles().SelectMany(LoadDocuments).ToList();

    private static JsonObject LoadSingle(string path) => Assert.Single(LoadDocuments(path));

    private static IEnumerable<JsonObject> LoadDocuments(string path)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(document => ToJson(document.RootNode)!.AsObject());
    }

    /// <summary>Scalars stay strings (YAML's "true" and "8080" included), so comparisons are textual.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(child =>
            KeyValuePair.Create(((YamlScalarNode)child.Key).Value!, ToJson(child.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => scalar.Value is null ? null : JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException($"Unsupported YAML node {node.NodeType}."),
    };

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ChildView.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("ChildView.sln not found above " + AppContext.BaseDirectory);
    }
}
