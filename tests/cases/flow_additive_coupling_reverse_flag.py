# case: NICE additive coupling with a Python bool reverse flag chosen at construction time, dense MLP shift -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MLP(nn.Cell):
    def __init__(self, d_in, d_out, hidden=32, n_hidden=2):
        super().__init__()
        layers = [nn.Dense(d_in, hidden), nn.ReLU()]
        for _ in range(n_hidden - 1):
            layers += [nn.Dense(hidden, hidden), nn.ReLU()]
        layers.append(nn.Dense(hidden, d_out))
        self.body = nn.SequentialCell(layers)

    def construct(self, x):
        return self.body(x)


class AdditiveCoupling(nn.Cell):
    def __init__(self, dim, parity=0, reverse=False):
        super().__init__()
        self.parity = parity
        self.reverse = reverse
        self.d1 = dim // 2
        self.m = MLP(self.d1, dim - self.d1)

    def construct(self, x):
        if self.parity:
            x = ops.flip(x, (1,))
        x1, x2 = x[:, :self.d1], x[:, self.d1:]
        shift = self.m(x1)
        if self.reverse:
            y2 = x2 - shift
        else:
            y2 = x2 + shift
        y = ops.concat((x1, y2), axis=1)
        if self.parity:
            y = ops.flip(y, (1,))
        return y, ops.zeros((x.shape[0],), ms.float32)


def make():
    np.random.seed(1)
    x = Tensor(np.random.randn(5, 6).astype(np.float32))
    return AdditiveCoupling(6, parity=1, reverse=True), (x,)
