# case: loaf defect scorer that frees its intermediate feature map with del before the head -> del statement in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlisterScorer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 8, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(8, 8, 3, pad_mode="same")
        self.relu = nn.ReLU()
        self.head = nn.Dense(8, 1)

    def construct(self, crust_depth):
        feat = self.relu(self.conv1(crust_depth))
        deep = self.relu(self.conv2(feat))
        del feat
        pooled = deep.mean(axis=(2, 3))
        return ops.sigmoid(self.head(pooled))


def make():
    np.random.seed(37)
    return BlisterScorer(), (Tensor(np.random.rand(3, 1, 32, 32).astype(np.float32)),)
