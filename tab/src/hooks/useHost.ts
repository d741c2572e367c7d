/** Boots the tab once: Teams, else the development identity, else nothing. */
import { useEffect, useState } from "react";
import { bootstrapHost, type Host } from "../host/bootstrap.js";
import type { LaunchParams } from "../host/launchParams.js";

/** `params` are read once per page load (App's module constant): the host boots once. */
export function useHost(params: LaunchParams): Host | null {
  const [host, setHost] = useState<Host | null>(null);
  useEffect(() => {
    let current = true;
    void bootstrapHost(params).then((h) => current && setHost(h));
    return () => {
      current = false;
    };
  }, [params]);
  return host;
}
