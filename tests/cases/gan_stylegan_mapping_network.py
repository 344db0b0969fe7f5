# case: StyleGAN mapping network with pixel norm, equalised-lr linears and w broadcast to n_ws -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EqualLinear(nn.Cell):
    def __init__(self, in_dim, out_dim, lr_mul=0.01, activate=True):
        super().__init__()
        w = np.random.RandomState(in_dim + out_dim).randn(out_dim, in_dim).astype(np.float32) / lr_mul
        self.weight = Parameter(Tensor(w), name="weight")
        self.bias = Parameter(Tensor(np.zeros(out_dim, np.float32)), name="bias")
        self.scale = (1.0 / math.sqrt(in_dim)) * lr_mul
        self.lr_mul = lr_mul
        self.activate = activate
        self.act = nn.LeakyReLU(0.2)

    def construct(self, x):
        out = ops.matmul(x, (self.weight * self.scale).T) + self.bias * self.lr_mul
        if self.activate:
            out = self.act(out) * math.sqrt(2.0)
        return out


class MappingNetwork(nn.Cell):
    def __init__(self, z_dim=16, w_dim=16, n_layers=4, n_ws=6, normalize_z=True):
        super().__init__()
        dims = [z_dim] + [w_dim] * n_layers
        self.layers = nn.CellList([EqualLinear(dims[i], dims[i + 1]) for i in range(n_layers)])
        self.n_ws = n_ws
        self.normalize_z = normalize_z

    def pixel_norm(self, x, eps=1e-8):
        return x * ops.rsqrt((x * x).mean(axis=1, keep_dims=True) + eps)

    def construct(self, z):
        x = self.pixel_norm(z) if self.normalize_z else z
        for layer in self.layers:
            x = layer(x)
        ws = x.expand_dims(1)
        return ops.tile(ws, (1, self.n_ws, 1))


def make():
    np.random.seed(0)
    z = Tensor(np.random.randn(3, 16).astype(np.float32))
    return MappingNetwork(), (z,)
