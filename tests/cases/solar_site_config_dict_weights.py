# case: plant health index reads per-metric weights from a config dict at construction and combines thermal, string and soiling scores with them -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SITE_CONFIG = {
    "weights": {"thermal": 0.5, "strings": 0.3, "soiling": 0.2},
    "thermal_limit": 15.0,
    "soiling_limit": 0.1,
}


class PlantHealthIndex(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = SITE_CONFIG if config is None else config
        w = config["weights"]
        self.w_thermal = w["thermal"]
        self.w_strings = w["strings"]
        self.w_soiling = w["soiling"]
        self.thermal_limit = config["thermal_limit"]
        self.soiling_limit = config["soiling_limit"]

    def construct(self, delta_t, string_ratio, soiling_loss):
        thermal = ops.clamp(delta_t / self.thermal_limit, 0.0, 1.0)
        strings = ops.clamp(1.0 - string_ratio, 0.0, 1.0)
        soiling = ops.clamp(soiling_loss / self.soiling_limit, 0.0, 1.0)
        risk = self.w_thermal * thermal + self.w_strings * strings + self.w_soiling * soiling
        return 1.0 - risk


def make():
    np.random.seed(39)
    n = 10
    dt = Tensor(np.random.uniform(0, 20, size=(n,)).astype(np.float32))
    sr = Tensor(np.random.uniform(0.6, 1.0, size=(n,)).astype(np.float32))
    sl = Tensor(np.random.uniform(0, 0.15, size=(n,)).astype(np.float32))
    return PlantHealthIndex(), (dt, sr, sl)
