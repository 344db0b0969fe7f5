# case: QSGD stochastic quantisation with a fixed number of levels and uniform noise of the input shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StochasticQuantizer(nn.Cell):
    def __init__(self, num_bits=4, seed=21):
        super().__init__()
        self.levels = float(2 ** num_bits - 1)
        self.uniform = ops.UniformReal(seed=seed)

    def _scale(self, x):
        return ops.sqrt((x * x).sum()) + 1e-12

    def construct(self, grad):
        scale = self._scale(grad)
        y = ops.abs(grad) / scale * self.levels
        lower = ops.floor(y)
        prob = y - lower
        bump = (self.uniform(grad.shape) < prob).astype(ms.float32)
        q = (lower + bump) / self.levels
        return ops.sign(grad) * q * scale, q.astype(ms.int32)


class QuantizedUpload(nn.Cell):
    def __init__(self):
        super().__init__()
        self.quant = StochasticQuantizer()

    def construct(self, local_w, global_w):
        dq, codes = self.quant(local_w - global_w)
        return global_w + dq, codes


def make():
    np.random.seed(21)
    lw = Tensor(np.random.randn(3, 4).astype(np.float32))
    gw = Tensor(np.random.randn(3, 4).astype(np.float32))
    return QuantizedUpload(), (lw, gw)
