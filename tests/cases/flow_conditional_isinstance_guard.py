# case: conditional affine coupling accepting either a tensor or an (x, cond) tuple, distinguished with isinstance and len guards on the Python structure -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConditionalCoupling(nn.Cell):
    def __init__(self, dim, cond_dim, hidden=16):
        super().__init__()
        self.h = dim // 2
        self.cond_dim = cond_dim
        self.net = nn.SequentialCell(
            nn.Dense(self.h + cond_dim, hidden), nn.Tanh(),
            nn.Dense(hidden, 2 * (dim - self.h)))

    def construct(self, inputs):
        if isinstance(inputs, tuple) and len(inputs) == 2:
            x, cond = inputs
        else:
            x = inputs
            cond = ops.zeros((inputs.shape[0], self.cond_dim), inputs.dtype)
        xa, xb = x[:, :self.h], x[:, self.h:]
        s, t = ops.chunk(self.net(ops.concat((xa, cond), axis=1)), 2, axis=1)
        s = 0.5 * ops.tanh(s)
        y = ops.concat((xa, xb * ops.exp(s) + t), axis=1)
        return y, s.sum(axis=1)


def make():
    np.random.seed(34)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    c = Tensor(np.random.randn(4, 3).astype(np.float32))
    return ConditionalCoupling(6, 3), ((x, c),)
