# case: derive per-frame segment ids from a boundary mask with cumsum and pool features into a fixed maximum number of segments with one-hot matmul -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentPooler(nn.Cell):
    def __init__(self, max_segments=8):
        super().__init__()
        self.max_segments = max_segments

    def construct(self, feats, boundary):
        seg_id = ops.cumsum(boundary.astype(ms.int32), axis=0)
        seg_id = ops.clamp(seg_id, 0, self.max_segments - 1)
        onehot = ops.one_hot(seg_id, self.max_segments,
                             Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        sums = ops.matmul(onehot.T, feats)
        counts = onehot.sum(axis=0).expand_dims(-1)
        return sums / ops.maximum(counts, 1.0), counts.squeeze(-1)


def make():
    np.random.seed(112)
    feats = Tensor(np.random.randn(30, 6).astype(np.float32))
    boundary = Tensor(np.random.rand(30) > 0.8)
    return SegmentPooler(), (feats, boundary)
