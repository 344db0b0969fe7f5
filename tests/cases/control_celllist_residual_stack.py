# case: ResNet-style stack iterates an nn.CellList of residual blocks (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResBlock(nn.Cell):
    def __init__(self, ch):
        super().__init__()
        self.c1 = nn.Conv2d(ch, ch, 3, pad_mode="same")
        self.c2 = nn.Conv2d(ch, ch, 3, pad_mode="same")
        self.relu = nn.ReLU()

    def construct(self, x):
        return self.relu(x + self.c2(self.relu(self.c1(x))))


class ResStack(nn.Cell):
    def __init__(self, depth=3):
        super().__init__()
        self.stem = nn.Conv2d(3, 8, 3, pad_mode="same")
        self.blocks = nn.CellList([ResBlock(8) for _ in range(depth)])
        self.head = nn.Dense(8, 2)

    def construct(self, x):
        x = self.stem(x)
        for blk in self.blocks:
            x = blk(x)
        return self.head(x.mean(axis=(2, 3)))


def make():
    return ResStack(), (Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32)),)
