# case: masks padded positions with ops.where instead of boolean indexing, keeping the full static shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedSoftmax(nn.Cell):
    def __init__(self):
        super().__init__()
        self.softmax = nn.Softmax(axis=-1)

    def construct(self, scores, mask):
        neg = ops.full_like(scores, -1e9)
        scores = ops.where(mask, scores, neg)
        return self.softmax(scores)


def make():
    scores = Tensor(np.random.randn(2, 5).astype(np.float32))
    mask = Tensor(np.array([[1, 1, 1, 0, 0], [1, 1, 1, 1, 0]], np.bool_))
    return MaskedSoftmax(), (scores, mask)
