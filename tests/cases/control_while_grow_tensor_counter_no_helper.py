# case: a list grown by concat of the seeds in a while on a Tensor counter -> error (call depth)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Net(nn.Cell):
    def hop_of(self, table, frontier):
        return ops.gather(table, frontier, 0)[:, 0]

    def construct(self, feats, table, seeds, hops):
        visited = seeds
        hop = Tensor(0, ms.int32)
        while hop < hops:
            visited = ops.concat((visited, seeds))
            hop = hop + 1
        sub = ops.gather(feats, visited, 0)
        return sub.mean(0)


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(6, 4).astype(np.float32))
    table = Tensor(np.random.randint(0, 6, size=(6, 3)).astype(np.int32))
    return Net(), (feats, table, Tensor(np.array([0, 3], np.int32)), Tensor(2, ms.int32))
