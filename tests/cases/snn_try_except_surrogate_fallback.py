# case: surrogate spike function wraps the fast-sigmoid in try/except and falls back to a hard step -> error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SurrogateSpike(nn.Cell):
    def __init__(self, slope=25.0):
        super().__init__()
        self.slope = slope

    def construct(self, v):
        try:
            soft = ops.sigmoid(self.slope * v)
            hard = (v > 0).astype(ms.float32)
            out = ops.stop_gradient(hard - soft) + soft
        except ValueError:
            out = (v > 0).astype(ms.float32)
        return out


def make():
    np.random.seed(17)
    v = Tensor(np.random.randn(4, 7).astype(np.float32))
    return SurrogateSpike(), (v,)
