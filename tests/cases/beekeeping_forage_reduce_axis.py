# case: forager traffic summary reduces bee counts over an axis chosen by a tensor flag read with .item() (0 = per entrance, 1 = per hour) -> reduction axis from data in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForagerTraffic(nn.Cell):
    def __init__(self, scale=0.01):
        super().__init__()
        self.scale = scale

    def construct(self, counts, summary_axis):
        ax = summary_axis.item()
        totals = ops.sum(counts, dim=ax)
        peak = ops.max(totals)
        return totals * self.scale, peak


def make():
    np.random.seed(131)
    counts = np.random.poisson(40, size=(3, 12)).astype(np.float32)
    return ForagerTraffic(), (Tensor(counts), Tensor(np.array(1, np.int32)))
