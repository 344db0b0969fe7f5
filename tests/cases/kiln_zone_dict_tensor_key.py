# case: multi-zone kiln balancer groups thermocouple readings into a dict keyed by the zone id read from each probe's tensor value -> dict keys from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneBalancer(nn.Cell):
    def __init__(self, n_probes=6):
        super().__init__()
        self.n_probes = n_probes

    def construct(self, probe_zone, probe_temp):
        by_zone = {}
        for i in range(self.n_probes):
            z = int(probe_zone[i])
            if z in by_zone:
                by_zone[z] = by_zone[z] + probe_temp[i]
            else:
                by_zone[z] = probe_temp[i]
        sums = [by_zone[k] for k in sorted(by_zone.keys())]
        return ops.stack(sums)


def make():
    np.random.seed(171)
    zone = np.array([0, 0, 1, 1, 2, 2], np.int32)
    temp = np.random.uniform(1180, 1240, 6).astype(np.float32)
    return ZoneBalancer(), (Tensor(zone), Tensor(temp))
