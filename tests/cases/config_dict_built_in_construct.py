# case: dict of intermediate tensors built in construct, filled in a loop with string keys and summed by key; tensors in a local dict are supported -> static at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STAGES = ("low", "mid", "high")


class Pyramid(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(8, 8)

    def construct(self, x):
        feats = {}
        h = x
        for name in STAGES:
            h = ops.relu(self.fc(h))
            feats[name] = h
        out = feats["low"] + feats["mid"] * 0.5 + feats["high"] * 0.25
        return out


def make():
    return Pyramid(), (Tensor(np.random.randn(2, 8).astype(np.float32)),)
