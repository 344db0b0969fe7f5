# case: robust daily evaporation estimate across pan stations using numpy median on .asnumpy() inside construct -> NumPy on tensor data in construct, expect rejection in STRICT and maybe fallback in LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PanEvaporationEstimator(nn.Cell):
    def __init__(self, pan_coefficient=0.7, brine_factor=0.8):
        super().__init__()
        self.pan_coefficient = pan_coefficient
        self.brine_factor = brine_factor  # brine evaporates slower than fresh water

    def construct(self, pan_readings_mm):
        pond_evap = pan_readings_mm * self.pan_coefficient * self.brine_factor
        robust = np.median(pond_evap.asnumpy(), axis=0)
        robust_t = Tensor(robust, ms.float32)
        spread = pond_evap.max(axis=0) - pond_evap.min(axis=0)
        return robust_t, spread


def make():
    np.random.seed(23)
    readings = Tensor(np.random.uniform(4.0, 12.0, size=(5, 7)).astype(np.float32))
    return PanEvaporationEstimator(), (readings,)
