# case: plain Python class instantiated inside construct from a tensor; LAX may interpret it (PyExecute, maybe dynamic), STRICT should reject the custom class call
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RunningStats:
    def __init__(self, x):
        self.mean = x.mean()
        self.std = x.std()


class Normalizer(nn.Cell):
    def __init__(self, eps=1e-5):
        super().__init__()
        self.eps = eps

    def construct(self, x):
        stats = RunningStats(x)
        centered = x - stats.mean
        return centered / (stats.std + self.eps)


def make():
    return Normalizer(), (Tensor(np.random.rand(4, 8).astype(np.float32)),)
