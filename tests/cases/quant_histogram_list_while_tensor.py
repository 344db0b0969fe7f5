# case: calibration walks histogram bins in a while loop on tensor cumulative mass, appending bin edges to a list -> error or dynamic loop in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistogramClipFinder(nn.Cell):
    def __init__(self, num_bins=16, coverage=0.95):
        super().__init__()
        self.num_bins = num_bins
        self.coverage = coverage

    def construct(self, act):
        a = ops.abs(act).reshape(-1)
        amax = ops.amax(a)
        edges = ops.linspace(Tensor(0.0, ms.float32), amax, self.num_bins + 1)
        total = a.shape[0]
        edges_used = []
        i = 0
        mass = Tensor(0.0, ms.float32)
        while mass < self.coverage:
            i += 1
            mass = ops.reduce_sum((a <= edges[i]).astype(ms.float32)) / total
            edges_used.append(edges[i])
        return ops.stack(edges_used)


def make():
    np.random.seed(8)
    act = Tensor(np.random.randn(4, 16).astype(np.float32))
    return HistogramClipFinder(), (act,)
