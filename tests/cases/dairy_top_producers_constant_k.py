# case: milk-yield ranking takes a constant top-k of cows and returns a peak-lactation indicator for them -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TopProducers(nn.Cell):
    def __init__(self, k=5, peak_start=40, peak_end=100):
        super().__init__()
        self.k = k
        self.peak_start = peak_start
        self.peak_end = peak_end

    def construct(self, milk_kg, days_in_milk):
        values, idx = ops.topk(milk_kg, self.k)
        dim_top = ops.gather(days_in_milk, idx, 0)
        in_peak = ops.logical_and(dim_top >= self.peak_start, dim_top <= self.peak_end)
        return values, idx, in_peak.astype(ms.float32)


def make():
    np.random.seed(17)
    milk = np.random.uniform(18.0, 45.0, (15,)).astype(np.float32)
    dim = np.random.randint(5, 300, (15,)).astype(np.int32)
    return TopProducers(), (Tensor(milk), Tensor(dim))
