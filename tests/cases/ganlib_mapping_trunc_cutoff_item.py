# case: StyleGAN mapping network truncates only the first w's, the cutoff being read from a tensor with .item() inside a helper -> data-dependent slice length, Graph mode should reject it or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MappingConfig:
    def __init__(self, z_dim=32, w_dim=32, num_layers=4, num_ws=6, lr_mul=0.01, truncation_psi=0.7):
        self.z_dim = z_dim
        self.w_dim = w_dim
        self.num_layers = num_layers
        self.num_ws = num_ws
        self.lr_mul = lr_mul
        self.truncation_psi = truncation_psi


def normalize_2nd_moment(x, eps=1e-8):
    return x * ops.rsqrt(ops.square(x).mean(axis=1, keep_dims=True) + eps)


class EqualDense(nn.Dense):
    def __init__(self, in_channels, out_channels, lr_mul=1.0, activation=None):
        super().__init__(in_channels, out_channels, has_bias=True)
        self.weight_gain = lr_mul / np.sqrt(in_channels)
        self.act = nn.LeakyReLU(0.2) if activation == "lrelu" else nn.Identity()

    def construct(self, x):
        y = ops.matmul(x, ops.transpose(self.weight, (1, 0)) * self.weight_gain) + self.bias
        return self.act(y)


class MappingNetwork(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_ws = config.num_ws
        self.psi = config.truncation_psi
        dims = [config.z_dim] + [config.w_dim] * config.num_layers
        self.layers = nn.CellList([EqualDense(i, o, config.lr_mul, "lrelu") for i, o in zip(dims[:-1], dims[1:])])
        self.w_avg = ms.Parameter(Tensor(np.zeros(config.w_dim), ms.float32), name="w_avg", requires_grad=False)

    def _truncate(self, ws, truncation_cutoff):
        n = truncation_cutoff.item()
        head = self.w_avg + (ws[:, :n] - self.w_avg) * self.psi
        return ops.concat((head, ws[:, n:]), axis=1)

    def construct(self, z, truncation_cutoff=None):
        x = normalize_2nd_moment(z)
        for layer in self.layers:
            x = layer(x)
        ws = ops.tile(x.expand_dims(1), (1, self.num_ws, 1))
        if truncation_cutoff is not None and self.psi != 1:
            ws = self._truncate(ws, truncation_cutoff)
        return ws


def make():
    np.random.seed(3541)
    net = MappingNetwork(MappingConfig())
    z = Tensor(np.random.randn(4, 32).astype(np.float32))
    cutoff = Tensor(np.array(3, dtype=np.int32))
    return net, (z, cutoff)
