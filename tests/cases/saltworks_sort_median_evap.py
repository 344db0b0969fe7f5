# case: robust daily evaporation estimate across pan stations using ops.sort and the middle row (index from the static station count) -> all in tensor ops, expect a static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PanEvaporationEstimator(nn.Cell):
    def __init__(self, pan_coefficient=0.7, brine_factor=0.8):
        super().__init__()
        self.pan_coefficient = pan_coefficient
        self.brine_factor = brine_factor

    def construct(self, pan_readings_mm):
        pond_evap = pan_readings_mm * self.pan_coefficient * self.brine_factor
        ordered, _ = ops.sort(pond_evap, axis=0)
        mid = pond_evap.shape[0] // 2
        robust = ordered[mid]
        spread = ordered[-1] - ordered[0]
        return robust, spread


def make():
    np.random.seed(23)
    readings = Tensor(np.random.uniform(4.0, 12.0, size=(5, 7)).astype(np.float32))
    return PanEvaporationEstimator(), (readings,)
