# case: counts active hall calls and slices the call-distance table to that count before scoring cars -> slice length from a tensor value, dynamic shape or error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PendingCallScorer(nn.Cell):
    def __init__(self, num_cars=4, travel_weight=1.0, wait_weight=0.5):
        super().__init__()
        self.num_cars = num_cars
        self.travel_weight = travel_weight
        self.wait_weight = wait_weight

    def active_count(self, active_mask):
        return int(active_mask.astype(ms.int32).sum())

    def construct(self, distances, wait_times, active_mask):
        n = self.active_count(active_mask)
        d = distances[:n]
        w = wait_times[:n]
        score = self.travel_weight * d - self.wait_weight * w.expand_dims(1)
        return score.argmin(axis=1)


def make():
    np.random.seed(0)
    distances = Tensor(np.random.uniform(0, 20, (12, 4)).astype(np.float32))
    wait_times = Tensor(np.random.uniform(0, 60, (12,)).astype(np.float32))
    active = np.zeros(12, dtype=np.bool_)
    active[:7] = True
    return PendingCallScorer(), (distances, wait_times, Tensor(active))
