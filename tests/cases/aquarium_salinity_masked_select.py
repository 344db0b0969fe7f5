# case: average conductivity-derived salinity only over probes that report a healthy status, collecting them with ops.masked_select -> data-dependent output length, expect dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def conductivity_to_psu(ec_ms_cm, temp_c):
    ec25 = ec_ms_cm / (1.0 + 0.0191 * (temp_c - 25.0))
    return 0.64 * ec25 - 0.2


class SalinityMonitor(nn.Cell):
    def __init__(self, target_psu=35.0):
        super().__init__()
        self.target = target_psu

    def construct(self, ec_ms_cm, temp_c, probe_ok):
        psu = conductivity_to_psu(ec_ms_cm, temp_c)
        healthy = ops.masked_select(psu, probe_ok)
        mean_psu = healthy.mean()
        return mean_psu, mean_psu - self.target


def make():
    np.random.seed(131)
    ec = Tensor(np.random.uniform(52.0, 57.0, size=(20,)).astype(np.float32))
    temp = Tensor(np.random.uniform(24.0, 26.0, size=(20,)).astype(np.float32))
    ok = Tensor(np.random.rand(20) > 0.2)
    return SalinityMonitor(), (ec, temp, ok)
