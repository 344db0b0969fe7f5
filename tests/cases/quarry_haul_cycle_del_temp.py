# case: compute haul cycle fuel use, deleting intermediate tensors with del inside construct to save memory -> del statement in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FuelEstimator(nn.Cell):
    def __init__(self, idle_lph=12.0, loaded_lpkm=2.1, empty_lpkm=1.3):
        super().__init__()
        self.idle = idle_lph
        self.loaded = loaded_lpkm
        self.empty = empty_lpkm

    def construct(self, dist_km, queue_min, grade_pct):
        grade_factor = 1.0 + grade_pct * 0.04
        travel = dist_km * (self.loaded * grade_factor + self.empty)
        idle = queue_min / 60.0 * self.idle
        del grade_factor
        total = travel + idle
        del travel, idle
        return total, total.sum()


def make():
    np.random.seed(201)
    dist = Tensor(np.random.uniform(0.8, 3.0, 10).astype(np.float32))
    queue = Tensor(np.random.uniform(0, 15, 10).astype(np.float32))
    grade = Tensor(np.random.uniform(2, 10, 10).astype(np.float32))
    return FuelEstimator(), (dist, queue, grade)
