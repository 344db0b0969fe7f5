# case: segment mean over a ragged batch done as one-hot(segment_ids, num_segments from config) matmul -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OneHotSegmentMean(nn.Cell):
    """Segment mean expressed as a dense assignment-matrix product (MXU/Cube friendly)."""

    def __init__(self, dim=6, num_segments=4, eps=1e-6):
        super().__init__()
        self.num_segments = num_segments
        self.eps = eps
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)
        self.out = nn.Dense(dim, dim)

    def assignment(self, segment_ids):
        assign = ops.one_hot(segment_ids, self.num_segments, self.on, self.off)
        return assign.T

    def construct(self, values, segment_ids):
        assign = self.assignment(segment_ids)
        sums = ops.matmul(assign, values)
        counts = assign.sum(axis=1, keepdims=True)
        return self.out(sums / (counts + self.eps))


def make():
    np.random.seed(0)
    values = Tensor(np.random.randn(7, 6).astype(np.float32))
    seg = Tensor(np.array([0, 0, 1, 3, 3, 3, 1], dtype=np.int32))
    return OneHotSegmentMean(), (values, seg)
