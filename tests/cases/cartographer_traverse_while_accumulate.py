# case: walk survey stations while the accumulated distance is below the chain length, appending each station to a list -> list grown in data-dependent while loop, error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChainWalker(nn.Cell):
    def __init__(self, chain_length=200.0):
        super().__init__()
        self.chain_length = chain_length

    def construct(self, stations):
        visited = []
        dist = ops.zeros((), ms.float32)
        i = 0
        while dist < self.chain_length:
            step = stations[i + 1] - stations[i]
            dist = dist + ops.sqrt((step * step).sum())
            visited.append(stations[i])
            i = i + 1
        return ops.stack(visited), dist


def make():
    np.random.seed(24)
    pts = np.cumsum(np.abs(np.random.randn(30, 2)).astype(np.float32) * 20.0, axis=0)
    return ChainWalker(), (Tensor(pts),)
