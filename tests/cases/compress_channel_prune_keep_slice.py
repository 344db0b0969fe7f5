# case: structured channel pruning that ranks conv filters by L2 norm and keeps a configured number via argsort slice + gather -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PrunableConvBlock(nn.Cell):
    def __init__(self, in_ch=3, out_ch=8, keep_ratio=0.5, prune=True):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, pad_mode="same")
        self.act = nn.ReLU()
        self.keep = int(out_ch * keep_ratio)
        self.prune = prune

    def filter_importance(self):
        w = self.conv.weight
        return ops.sqrt((w * w).sum(axis=(1, 2, 3)))

    def keep_index(self):
        order = ops.argsort(self.filter_importance(), descending=True)
        idx = order[: self.keep]
        return ops.sort(idx.astype(ms.float32))[0].astype(ms.int32)

    def construct(self, x):
        y = self.act(self.conv(x))
        if self.prune:
            y = ops.gather(y, self.keep_index(), 1)
        return y


def make():
    np.random.seed(32)
    x = Tensor(np.random.randn(2, 3, 6, 6).astype(np.float32))
    return PrunableConvBlock(), (x,)
