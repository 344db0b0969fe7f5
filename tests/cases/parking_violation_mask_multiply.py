# case: fine per vehicle computed by multiplying fixed-size violation masks with fine amounts, no filtering -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FineCalculator(nn.Cell):
    def __init__(self, fire_lane_fine=150.0, overstay_fine=40.0, limit_min=120.0):
        super().__init__()
        self.fire_lane_fine = fire_lane_fine
        self.overstay_fine = overstay_fine
        self.limit = limit_min

    def construct(self, dwell_min, in_fire_lane, has_permit):
        overstay = (dwell_min > self.limit).astype(ms.float32)
        exempt = has_permit.astype(ms.float32)
        fire = in_fire_lane.astype(ms.float32)
        fines = fire * self.fire_lane_fine + overstay * (1 - exempt) * self.overstay_fine
        flagged = (fines > 0).astype(ms.int32)
        return fines, flagged.sum(), fines.sum()


def make():
    np.random.seed(31)
    dwell = Tensor(np.random.uniform(0, 240, 15).astype(np.float32))
    fire = Tensor(np.random.rand(15) > 0.85)
    permit = Tensor(np.random.rand(15) > 0.7)
    return FineCalculator(), (dwell, fire, permit)
