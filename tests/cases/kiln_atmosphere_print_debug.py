# case: reduction-atmosphere estimator prints the computed oxygen partial pressure for debugging inside construct, with constants taken from module level -> print of tensor in graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NERNST_FACTOR = 4.0 * 96485.0 / (8.314 * math.log(10.0))


class ReductionAtmosphere(nn.Cell):
    def __init__(self, probe_offset_mv=0.0, verbose=True):
        super().__init__()
        self.offset = probe_offset_mv
        self.verbose = verbose

    def construct(self, probe_mv, temp_c):
        t_k = temp_c + 273.15
        log_po2 = -(probe_mv - self.offset) * 1e-3 * NERNST_FACTOR / t_k
        if self.verbose:
            print("log10 pO2:", log_po2)
        return log_po2


def make():
    np.random.seed(182)
    mv = np.random.uniform(600, 800, 5).astype(np.float32)
    t = np.random.uniform(1000, 1250, 5).astype(np.float32)
    return ReductionAtmosphere(), (Tensor(mv), Tensor(t))
