# case: U-Net-ish encoder enumerates an nn.CellList and keeps skips from even stages (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Encoder(nn.Cell):
    def __init__(self):
        super().__init__()
        self.stages = nn.CellList([
            nn.SequentialCell([nn.Conv2d(3, 4, 3, pad_mode="same"), nn.ReLU()]),
            nn.SequentialCell([nn.Conv2d(4, 4, 3, stride=2, pad_mode="same"), nn.ReLU()]),
            nn.SequentialCell([nn.Conv2d(4, 4, 3, pad_mode="same"), nn.ReLU()]),
        ])

    def construct(self, x):
        skips = []
        for i, stage in enumerate(self.stages):
            x = stage(x)
            if i % 2 == 0:
                skips.append(x.mean(axis=(2, 3)))
        return ops.concat(skips, axis=1)


def make():
    return Encoder(), (Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32)),)
