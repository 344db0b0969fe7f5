# case: kiln hot-spot finder reports the top_k hottest thermocouples with top_k fixed in the config -> constant k, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HotSpotConfig:
    n_probes = 18
    top_k = 4


class HotSpotFinder(nn.Cell):
    def __init__(self, cfg=HotSpotConfig()):
        super().__init__()
        self.top_k = cfg.top_k
        self.calib = ms.Parameter(Tensor(np.ones(cfg.n_probes, np.float32)), name="calib")

    def construct(self, probe_temps):
        corrected = probe_temps * self.calib
        hottest, where = ops.topk(corrected, self.top_k)
        spread = hottest - corrected.mean()
        return spread, where


def make():
    np.random.seed(32)
    temps = np.random.uniform(1180, 1260, 18).astype(np.float32)
    return HotSpotFinder(), (Tensor(temps),)
