# case: milk-yield ranking picks the top-k cows where k is the number of cows in peak lactation computed from a tensor -> error or dynamic in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PeakProducers(nn.Cell):
    def __init__(self, peak_start=40, peak_end=100):
        super().__init__()
        self.peak_start = peak_start
        self.peak_end = peak_end

    def count_in_peak(self, days_in_milk):
        in_peak = ops.logical_and(days_in_milk >= self.peak_start, days_in_milk <= self.peak_end)
        return in_peak.astype(ms.int32).sum()

    def construct(self, milk_kg, days_in_milk):
        k = self.count_in_peak(days_in_milk)
        values, idx = ops.topk(milk_kg, int(k))
        return values, idx


def make():
    np.random.seed(16)
    milk = np.random.uniform(18.0, 45.0, (15,)).astype(np.float32)
    dim = np.random.randint(5, 300, (15,)).astype(np.int32)
    dim[:3] = [50, 60, 70]
    return PeakProducers(), (Tensor(milk), Tensor(dim))
