# case: forager traffic summary reduces bee counts over an axis chosen by a config string at construction time -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AXES = {"entrance": 1, "hour": 0}


class ForagerTraffic(nn.Cell):
    def __init__(self, summarize_by="entrance", scale=0.01):
        super().__init__()
        self.axis = AXES[summarize_by]
        self.scale = scale

    def construct(self, counts):
        totals = ops.sum(counts, dim=self.axis)
        peak = ops.max(totals)
        busiest = ops.argmax(totals)
        return totals * self.scale, peak, busiest


def make():
    np.random.seed(132)
    counts = np.random.poisson(40, size=(3, 12)).astype(np.float32)
    return ForagerTraffic(summarize_by="hour"), (Tensor(counts),)
