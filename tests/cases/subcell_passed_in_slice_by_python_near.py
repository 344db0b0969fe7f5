# case: a head passed to the model's constructor crops its input to a length the model keeps as a Python int -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CropHead(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.proj = nn.Dense(dim, dim)

    def construct(self, feats, keep):
        kept = feats[:, :keep]
        return self.proj(kept).mean(1)


class Model(nn.Cell):
    def __init__(self, head, dim=8, keep=4):
        super().__init__()
        self.embed = nn.Dense(dim, dim)
        self.head = head
        self.keep = keep

    def construct(self, x, lengths):
        h = self.embed(x) * lengths.reshape(-1, 1, 1).astype(ms.float32)
        return self.head(h, self.keep)


def make():
    np.random.seed(5)
    x = Tensor(np.random.rand(2, 6, 8).astype(np.float32))
    lengths = Tensor(np.array([4, 5], np.int32))
    return Model(CropHead()), (x, lengths)
