# case: sums several band ratios with a generator expression over configured band pairs -> graph mode may reject the generator expression
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RatioComposite(nn.Cell):
    def __init__(self, pairs=((3, 2), (4, 3), (1, 0))):
        super().__init__()
        self.pairs = pairs
        self.eps = 1e-4

    def construct(self, cube):
        composite = sum(cube[a] / (cube[b] + self.eps) for a, b in self.pairs)
        return composite / len(self.pairs)


def make():
    np.random.seed(16)
    cube = Tensor((np.random.rand(5, 8, 8) + 0.1).astype(np.float32))
    return RatioComposite(), (cube,)
