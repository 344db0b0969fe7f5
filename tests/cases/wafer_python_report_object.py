# case: fills a plain Python report object with per-zone tensor yields inside construct and returns its list field -> Python object mutated in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ZoneReport:
    def __init__(self):
        self.zone_yields = []
        self.worst_zone = -1


class ZoneYieldCell(nn.Cell):
    def __init__(self, num_zones=3):
        super().__init__()
        self.num_zones = num_zones

    def construct(self, pass_map, zone_map):
        report = ZoneReport()
        for z in range(self.num_zones):
            in_zone = (zone_map == z).astype(ms.float32)
            y = (pass_map * in_zone).sum() / (in_zone.sum() + 1e-6)
            report.zone_yields.append(y)
        report.worst_zone = ops.argmin(ops.stack(report.zone_yields))
        return ops.stack(report.zone_yields), report.worst_zone


def make():
    np.random.seed(19)
    pm = (np.random.rand(12, 12) > 0.15).astype(np.float32)
    zm = np.random.randint(0, 3, size=(12, 12)).astype(np.int32)
    return ZoneYieldCell(), (Tensor(pm), Tensor(zm))
