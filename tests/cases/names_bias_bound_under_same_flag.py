# case: a layer that binds `bias` only under `if self.use_bias:` and uses it only under the same self flag later, so the name is always bound when used; expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ScaledLinear(nn.Cell):
    def __init__(self, in_dim=8, out_dim=4, use_bias=True, scale_by_fan_in=True):
        super().__init__()
        self.weight = Parameter(Tensor(np.random.randn(out_dim, in_dim).astype(np.float32)), name="weight")
        self.use_bias = use_bias
        if use_bias:
            self.bias = Parameter(Tensor(np.zeros(out_dim, np.float32)), name="bias")
        self.scale = (1.0 / np.sqrt(in_dim)) if scale_by_fan_in else 1.0

    def construct(self, x):
        if self.use_bias:
            bias = self.bias * 2.0
        w = self.weight * self.scale
        out = ops.matmul(x, w.T)
        if self.use_bias:
            out = out + bias
        return out


def make():
    x = Tensor(np.random.randn(3, 8).astype(np.float32))
    return ScaledLinear(), (x,)


if __name__ == "__main__":
    net, args = make()
    print(net(*args).shape)
