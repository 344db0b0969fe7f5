# case: ms.jit_class running-statistics helper created in construct and mutated per feature group -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RunningStats:
    def __init__(self, eps):
        self.eps = eps
        self.total = 0.0
        self.count = 0.0

    def update(self, x):
        self.total = self.total + x.sum()
        self.count = self.count + x.size

    def mean(self):
        return self.total / (self.count + self.eps)


class GroupedCMVN(nn.Cell):
    def __init__(self, groups=3, eps=1e-6):
        super().__init__()
        self.groups = groups
        self.eps = eps

    def construct(self, feats):
        stats = RunningStats(self.eps)
        for chunk in ops.split(feats, feats.shape[0] // self.groups, axis=0):
            stats.update(chunk)
        return feats - stats.mean()


def make():
    np.random.seed(19)
    feats = Tensor(np.random.randn(6, 4).astype(np.float32) + 2.0)
    return GroupedCMVN(), (feats,)
