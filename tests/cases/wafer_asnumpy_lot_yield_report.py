# case: computes wafer yield then calls .asnumpy() inside construct to round it for a lot report -> error in graph mode (host round trip)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YieldReporter(nn.Cell):
    def __init__(self, decimals=3):
        super().__init__()
        self.decimals = decimals

    def construct(self, pass_map):
        good = pass_map.astype(ms.float32).sum(axis=(1, 2))
        total = pass_map.shape[1] * pass_map.shape[2]
        yields = good / total
        rounded = np.round(yields.asnumpy(), self.decimals)
        return Tensor(rounded)


def make():
    np.random.seed(6)
    pass_map = (np.random.rand(4, 12, 12) > 0.1).astype(np.int32)
    return YieldReporter(), (Tensor(pass_map),)
