# case: count how many leaf patches fall in each disease class with a one-hot sum over a fixed class list -> fixed shapes, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DISEASES = ("healthy", "downy_mildew", "powdery_mildew", "black_rot", "esca")


class PatchCounter(nn.Cell):
    def __init__(self, in_ch=3, n_cls=len(DISEASES)):
        super().__init__()
        self.n_cls = n_cls
        self.conv = nn.Conv2d(in_ch, 8, 3, pad_mode="same")
        self.head = nn.Conv2d(8, n_cls, 1)
        self.relu = nn.ReLU()
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def construct(self, leaf):
        logits = self.head(self.relu(self.conv(leaf)))
        cls_map = logits.argmax(axis=1).reshape(-1)
        onehot = ops.one_hot(cls_map, self.n_cls, self.on, self.off)
        counts = onehot.sum(axis=0)
        present = counts > 0
        return counts, present


def make():
    np.random.seed(22)
    leaf = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return PatchCounter(), (leaf,)
