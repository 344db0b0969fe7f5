# case: kiln hot-spot finder picks the k hottest thermocouples where k is read from a tensor with .item() -> top-k size from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HotSpotFinder(nn.Cell):
    def __init__(self, n_probes=18):
        super().__init__()
        self.calib = ms.Parameter(Tensor(np.ones(n_probes, np.float32)), name="calib")

    def construct(self, probe_temps, n_report):
        corrected = probe_temps * self.calib
        k = n_report.item()
        hottest, where = ops.topk(corrected, k)
        spread = hottest - corrected.mean()
        return spread, where


def make():
    np.random.seed(31)
    temps = np.random.uniform(1180, 1260, 18).astype(np.float32)
    return HotSpotFinder(), (Tensor(temps), Tensor(np.array(4, np.int32)))
