namespace ChildView.ServiceKit.Access.Postgres;

/// <summary>
/// The database half of <see cref="CallerProof"/>: the key in a table only the owner reads, and the
/// functions the relationship views ask. Each view calls them as an InitPlan (<c>(SELECT cv_user_name())</c>),
/// so the signature is checked once per statement, not once per row.
/// </summary>
public static class CallerProofSql
{
    public const string KeyTable = "cv_caller_proof_key";

    public static IEnumerable<string> Statements()
    {
        // A trusted extension: the database owner may create it.
        yield return "CREATE EXTENSION IF NOT EXISTS pgcrypto";
        yield return $"CREATE TABLE IF NOT EXISTS {KeyTable} (id int PRIMARY KEY CHECK (id = 1), key bytea NOT NULL)";
        yield return $"REVOKE ALL ON {KeyTable} FROM PUBLIC";
        yield return $"INSERT INTO {KeyTable} (id, key) VALUES (1, @key) ON CONFLICT (id) DO UPDATE SET key = excluded.key";
        yield return $"""
            CREATE OR REPLACE FUNCTION cv_caller_verified(acting_role text) RETURNS boolean
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
            $$ DECLARE
                 who text := current_setting('app.caller_user', true);
                 teams text := coalesce(current_setting('app.caller_teams', true), '');
                 expires text := current_setting('app.caller_expires', true);
                 proof text := current_setting('app.caller_proof', true);
                 pid text := pg_backend_pid()::text;
               BEGIN
                 IF coalesce(who, '') = '' OR coalesce(expires, '') !~ '^[0-9]{"{"}1,12{"}"}$' OR proof IS NULL
                    OR to_timestamp(expires::bigint) <= clock_timestamp() THEN
                   RETURN false;
                 END IF;
                 -- Each field is length-prefixed in UTF-8 bytes, written out here rather than in a helper
                 -- function: a SQL function call per field cost more than the HMAC (make bench-rls).
                 RETURN encode(hmac(convert_to(octet_length(pid)::text || ':' || pid
                                               || octet_length(convert_to(who, 'UTF8'))::text || ':' || who
                                               || octet_length(convert_to(acting_role, 'UTF8'))::text || ':' || acting_role
                                               || octet_length(convert_to(teams, 'UTF8'))::text || ':' || teams
                                               || octet_length(expires)::text || ':' || expires, 'UTF8'),
                                    (SELECT key FROM {KeyTable} WHERE id = 1), 'sha256'), 'hex') = proof;
               END $$
            """;
        yield return "REVOKE ALL ON FUNCTION cv_caller_verified(text) FROM PUBLIC";
        yield return "DROP FUNCTION IF EXISTS cv_proof_field(text)";
        yield return """
            CREATE OR REPLACE FUNCTION cv_user_name() RETURNS text LANGUAGE sql STABLE AS
            $$ SELECT CASE WHEN cv_caller_verified(current_user::text) THEN current_setting('app.caller_user', true) END $$
            """;
        yield return """
            CREATE OR REPLACE FUNCTION cv_teams() RETURNS text[] LANGUAGE sql STABLE AS
            $$ SELECT CASE WHEN cv_caller_verified(current_user::text)
                      THEN coalesce(string_to_array(nullif(current_setting('app.caller_teams', true), ''), ','), '{}') ELSE '{}' END $$
            """;
    }

    /// <summary>Job roles call the check (through <c>cv_user_name()</c>); nobody else needs it.</summary>
    public static string GrantCheck(IEnumerable<string> roles) => $"GRANT EXECUTE ON FUNCTION cv_caller_verified(text) TO {string.Join(", ", roles)}";
}
