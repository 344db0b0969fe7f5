# case: error-feedback top-k with k fixed from the compression ratio and tensor shape, scattered back to dense -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class TopKErrorFeedback(nn.Cell):
    def __init__(self, dim=16, ratio=0.25):
        super().__init__()
        self.ratio = ratio
        self.residual = Parameter(Tensor(np.zeros(dim, np.float32)), name="ef_residual",
                                  requires_grad=False)

    def _compress(self, acc):
        k = max(1, int(self.ratio * acc.shape[0]))
        _, idx = ops.topk(ops.abs(acc), k)
        vals = ops.gather(acc, idx, 0)
        dense = ops.scatter_nd(idx.reshape(k, 1), vals, acc.shape)
        return dense

    def construct(self, grad):
        acc = grad + self.residual
        sent = self._compress(acc)
        ops.assign(self.residual, acc - sent)
        return sent


def make():
    np.random.seed(9)
    g = Tensor(np.random.randn(16).astype(np.float32))
    return TopKErrorFeedback(), (g,)
