/** Boots the tab once: Teams, else the development identity, else nothing. */
import { useEffect, useState } from "react";
import { bootstrapHost, type Host } from "../host/bootstrap.js";
import type { LaunchParams } from "../host/launchParams.js";

export function useHost(params: LaunchParams): Host | null {
  const [host, setHost] = useState<Host | null>(null);
  useEffect(() => {
    let current = true;
    bootstrapHost(params).then((h) => current && setHost(h));
    return () => {
      current = false;
    };
    // Launch parameters are read once per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return host;
}
