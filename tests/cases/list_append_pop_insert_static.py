# case: list append/pop/insert on a Python list of features with static indices; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FeaturePyramid(nn.Cell):
    def __init__(self):
        super().__init__()
        self.convs = nn.CellList([nn.Dense(8, 8) for _ in range(3)])

    def construct(self, x):
        feats = []
        for conv in self.convs:
            x = conv(x)
            feats.append(x)
        last = feats.pop()
        feats.insert(0, last * 2.0)
        return ops.concat(feats, axis=-1)


def make():
    return FeaturePyramid(), (Tensor(np.ones((2, 8), np.float32)),)
