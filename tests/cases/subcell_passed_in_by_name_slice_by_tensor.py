# case: the builder makes the head first and passes it by name; the head crops to a tensor length from the model -> dynamic at the crop
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
    def __init__(self, head, dim=8):
        super().__init__()
        self.embed = nn.Dense(dim, dim)
        self.head = head

    def construct(self, x, lengths):
        h = self.embed(x)
        return self.head(h, lengths.max())


def make():
    np.random.seed(4)
    head = CropHead(8)
    x = Tensor(np.random.rand(2, 6, 8).astype(np.float32))
    lengths = Tensor(np.array([4, 5], np.int32))
    return Model(head), (x, lengths)
