# case: compute grooming coverage from one-hot visits reduced with max over passes, no unique -> fixed shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroomingCoverageDense(nn.Cell):
    def __init__(self, n_segments=40):
        super().__init__()
        self.n_segments = n_segments
        self.seg_len_m = ms.Parameter(Tensor(np.full((n_segments,), 350.0, np.float32)),
                                      requires_grad=False)
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, visited_segments):
        flat = visited_segments.reshape(-1)
        hits = ops.one_hot(flat, self.n_segments, self.on, self.off)
        touched = hits.max(axis=0)
        covered_m = (touched * self.seg_len_m).sum()
        return covered_m / self.seg_len_m.sum(), touched.sum()


def make():
    np.random.seed(42)
    visits = Tensor(np.random.randint(0, 40, (5, 12)).astype(np.int32))
    return GroomingCoverageDense(), (visits,)
