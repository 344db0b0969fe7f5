# case: PACT-style learned clipping with a Parameter alpha, using ops.select and ops.minimum instead of branches -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PACTActivation(nn.Cell):
    def __init__(self, bits=4, init_alpha=6.0):
        super().__init__()
        self.alpha = Parameter(Tensor(init_alpha, ms.float32), name="alpha")
        self.levels = float(2 ** bits - 1)

    def construct(self, x):
        relu = ops.relu(x)
        clipped = ops.select(relu > self.alpha, ops.broadcast_to(self.alpha, relu.shape), relu)
        scale = self.alpha / self.levels
        q = ops.round(clipped / scale) * scale
        return clipped + ops.stop_gradient(q - clipped)


class TinyQuantMLP(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Dense(12, 16)
        self.act = PACTActivation(4)
        self.fc2 = nn.Dense(16, 3)

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x)))


def make():
    np.random.seed(7)
    x = Tensor(np.random.randn(6, 12).astype(np.float32))
    return TinyQuantMLP(), (x,)
