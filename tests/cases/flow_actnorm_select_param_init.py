# case: ActNorm first-batch init driven by an int Parameter flag, blending computed stats with ops.select and assigning back -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ActNorm2d(nn.Cell):
    def __init__(self, channels, eps=1e-6):
        super().__init__()
        self.eps = eps
        shape = (1, channels, 1, 1)
        self.bias = Parameter(Tensor(np.zeros(shape, np.float32)), name="bias")
        self.logs = Parameter(Tensor(np.zeros(shape, np.float32)), name="logs")
        self.inited = Parameter(Tensor(0, ms.int32), name="inited", requires_grad=False)

    def data_stats(self, x):
        mean = x.mean(axis=(0, 2, 3), keep_dims=True)
        var = ((x - mean) ** 2).mean(axis=(0, 2, 3), keep_dims=True)
        return -mean, -0.5 * ops.log(var + self.eps)

    def construct(self, x):
        b, logs = self.data_stats(x)
        first = ops.broadcast_to(self.inited == 0, b.shape)
        ops.assign(self.bias, ops.select(first, b, self.bias))
        ops.assign(self.logs, ops.select(first, logs, self.logs))
        ops.assign(self.inited, Tensor(1, ms.int32))
        y = (x + self.bias) * ops.exp(self.logs)
        logdet = x.shape[2] * x.shape[3] * self.logs.sum()
        return y, ops.fill(ms.float32, (x.shape[0],), 1.0) * logdet


def make():
    np.random.seed(3)
    x = Tensor((2.0 * np.random.randn(3, 4, 5, 5) - 1.0).astype(np.float32))
    return ActNorm2d(4), (x,)
