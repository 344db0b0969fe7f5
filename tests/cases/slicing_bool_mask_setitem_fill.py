# case: in-place style scores[mask] = min_value assignment with a boolean tensor mask (the PyTorch idiom), which keeps the shape and should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedScores(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.query = nn.Dense(dim, dim)
        self.key = nn.Dense(dim, dim)
        self.min_value = -1e4

    def construct(self, x, padding_mask):
        q = self.query(x)
        k = self.key(x)
        scores = ops.bmm(q, k.transpose(0, 2, 1))
        mask = padding_mask[:, None, :].expand_as(scores)
        scores[mask] = self.min_value
        probs = ops.softmax(scores, axis=-1)
        return ops.bmm(probs, x)


def make():
    x = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    pm = np.zeros((2, 5), np.bool_)
    pm[0, 3:] = True
    return MaskedScores(), (x, Tensor(pm))
