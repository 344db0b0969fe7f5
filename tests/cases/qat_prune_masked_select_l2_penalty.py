# case: magnitude-pruned linear layer adds an L2 penalty over surviving weights gathered with masked_select -> dynamic shape at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PrunedDense(nn.Cell):
    def __init__(self, in_ch=16, out_ch=8, threshold=0.05, reg_weight=1e-4):
        super().__init__()
        w = np.random.randn(out_ch, in_ch).astype(np.float32) * 0.1
        self.weight = Parameter(Tensor(w), name="weight")
        self.bias = Parameter(Tensor(np.zeros(out_ch, np.float32)), name="bias")
        self.threshold = threshold
        self.reg_weight = reg_weight

    def _mask(self):
        return ops.abs(self.weight) > self.threshold

    def _survivor_penalty(self, mask):
        kept = ops.masked_select(self.weight, mask)
        return self.reg_weight * (kept * kept).mean()

    def construct(self, x):
        mask = self._mask()
        w = self.weight * mask.astype(ms.float32)
        y = ops.matmul(x, w.T) + self.bias
        return y, self._survivor_penalty(mask)


def make():
    np.random.seed(1)
    net = PrunedDense()
    x = Tensor(np.random.randn(2, 16).astype(np.float32))
    return net, (x,)
