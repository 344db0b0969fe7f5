# case: builds a padded stop buffer whose length is int() of the number of open orders -> int(t) used as a shape, data-dependent size in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OpenOrderBuffer(nn.Cell):
    def __init__(self, feat_dim=3):
        super().__init__()
        self.feat_dim = feat_dim

    def count_open(self, status):
        return (status == 1).astype(ms.int32).sum()

    def construct(self, status, priorities):
        n_open = int(self.count_open(status))
        buffer = ops.zeros((n_open, self.feat_dim), ms.float32)
        top = ops.sort(priorities, descending=True)[0][:n_open]
        buffer = buffer + top.reshape(-1, 1)
        return buffer


def make():
    np.random.seed(8)
    status = Tensor(np.random.randint(0, 3, size=(14,)).astype(np.int32))
    priorities = Tensor(np.random.uniform(0, 1, size=(14,)).astype(np.float32))
    return OpenOrderBuffer(), (status, priorities)
