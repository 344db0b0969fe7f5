# case: builds a padding mask from per-sample point counts by comparing a fixed arange over the padded length to the counts -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedMeanPool(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.proj = nn.Dense(3, dim)

    def length_mask(self, lengths, max_len):
        steps = ops.arange(max_len).reshape(1, -1)
        return (steps < lengths.reshape(-1, 1)).astype(ms.float32)

    def construct(self, points, lengths):
        b, t, _ = points.shape
        mask = self.length_mask(lengths, t)
        h = self.proj(points) * mask.expand_dims(-1)
        return h.sum(1) / ops.maximum(mask.sum(1, keepdims=True), 1.0)


def make():
    np.random.seed(33)
    pts = Tensor(np.random.randn(3, 12, 3).astype(np.float32))
    lengths = Tensor(np.array([12, 7, 4], np.int32))
    return MaskedMeanPool(), (pts, lengths)
