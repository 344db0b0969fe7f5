# case: herd summary finds the distinct pen ids with ops.unique and averages milk yield per pen with unsorted_segment_sum -> dynamic shape in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PenYieldSummary(nn.Cell):
    def __init__(self):
        super().__init__()
        self.unique = ops.Unique()

    def construct(self, pen_ids, milk_kg):
        pens, inverse = self.unique(pen_ids)
        n_pens = pens.shape[0]
        totals = ops.unsorted_segment_sum(milk_kg, inverse, n_pens)
        counts = ops.unsorted_segment_sum(ops.ones_like(milk_kg), inverse, n_pens)
        return pens, totals / counts


def make():
    np.random.seed(10)
    pen_ids = np.random.choice([3, 7, 11, 15], size=20).astype(np.int32)
    milk = np.random.uniform(20.0, 42.0, (20,)).astype(np.float32)
    return PenYieldSummary(), (Tensor(pen_ids), Tensor(milk))
