# case: diffusion sampler state is an @ms.jit_class instance built from tensors in construct and returned as the output; expect error at both levels
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SamplerState:
    def __init__(self, x, t):
        self.x = x
        self.t = t


class Net(nn.Cell):
    def __init__(self, dim=4):
        super().__init__()
        self.eps = nn.Dense(dim, dim)

    def construct(self, x, t):
        state = SamplerState(x, t)
        x_next = state.x - 0.1 * self.eps(state.x)
        return SamplerState(x_next, state.t - 1)


def make():
    x = Tensor(np.random.randn(2, 4).astype(np.float32))
    return Net(), (x, Tensor(10, ms.int32))
