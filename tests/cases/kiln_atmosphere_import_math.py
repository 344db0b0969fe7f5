# case: reduction-atmosphere estimator imports math inside construct to get the gas constant term for the oxygen partial pressure -> import statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReductionAtmosphere(nn.Cell):
    def __init__(self, probe_offset_mv=0.0):
        super().__init__()
        self.offset = probe_offset_mv

    def construct(self, probe_mv, temp_c):
        import math
        t_k = temp_c + 273.15
        factor = 4.0 * 96485.0 / (8.314 * math.log(10.0))
        log_po2 = -(probe_mv - self.offset) * 1e-3 * factor / t_k
        return log_po2


def make():
    np.random.seed(181)
    mv = np.random.uniform(600, 800, 5).astype(np.float32)
    t = np.random.uniform(1000, 1250, 5).astype(np.float32)
    return ReductionAtmosphere(), (Tensor(mv), Tensor(t))
