# case: sum squared tension deviations of yarn segments with a generator expression over tensor slices inside construct -> generator expression in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentEnergy(nn.Cell):
    def __init__(self, n_segments=4, nominal=9.0):
        super().__init__()
        self.n_segments = n_segments
        self.nominal = nominal

    def construct(self, trace):
        seg = trace.shape[0] // self.n_segments
        energy = sum(((trace[i * seg:(i + 1) * seg] - self.nominal) ** 2).mean()
                     for i in range(self.n_segments))
        return energy / self.n_segments


def make():
    np.random.seed(19)
    trace = Tensor((9.0 + np.random.randn(32)).astype(np.float32))
    return SegmentEnergy(), (trace,)
