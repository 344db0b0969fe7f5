# case: uniform dequantization of 8-bit images drawing noise with np.random on x.asnumpy() inside construct -> host round trip fails in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UniformDequantize(nn.Cell):
    def __init__(self, n_bits=8, alpha=0.05):
        super().__init__()
        self.n_bins = 2 ** n_bits
        self.alpha = alpha

    def to_logit(self, x):
        x = self.alpha + (1 - 2 * self.alpha) * x
        return ops.log(x) - ops.log(1 - x)

    def construct(self, x):
        x_np = x.asnumpy()
        noise = np.random.uniform(0.0, 1.0, size=x_np.shape).astype(np.float32)
        y = Tensor((x_np + noise) / self.n_bins)
        z = self.to_logit(y)
        ldj = -np.log(self.n_bins) * float(np.prod(x_np.shape[1:]))
        return z, ldj


def make():
    np.random.seed(4)
    x = Tensor(np.random.randint(0, 256, size=(2, 3, 4, 4)).astype(np.float32))
    return UniformDequantize(), (x,)
