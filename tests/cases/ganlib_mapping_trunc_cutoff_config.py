# case: mapping network with truncation_psi and truncation_cutoff taken from the config (cutoff left at None by every caller), slicing ws with a Python int -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MappingConfig:
    z_dim = 32
    c_dim = 0
    w_dim = 32
    num_layers = 3
    num_ws = 8
    truncation_psi = 0.5
    truncation_cutoff = None
    w_avg_beta = 0.998


def normalize_2nd_moment(x, eps=1e-8):
    return x * ops.rsqrt(ops.square(x).mean(axis=1, keep_dims=True) + eps)


class MappingNetwork(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_ws = config.num_ws
        self.psi = config.truncation_psi
        self.cutoff = config.truncation_cutoff
        self.c_dim = config.c_dim
        self.fcs = nn.SequentialCell(
            [nn.SequentialCell([nn.Dense(config.z_dim if i == 0 else config.w_dim, config.w_dim), nn.LeakyReLU(0.2)])
             for i in range(config.num_layers)])
        self._init_w_avg(config.w_dim)

    def _init_w_avg(self, w_dim):
        self.w_avg = ms.Parameter(Tensor(np.random.randn(w_dim).astype(np.float32) * 0.1), name="w_avg", requires_grad=False)

    def construct(self, z, c=None):
        x = normalize_2nd_moment(z)
        x = self.fcs(x)
        ws = ops.broadcast_to(x.expand_dims(1), (x.shape[0], self.num_ws, x.shape[1]))
        if self.psi != 1:
            if self.cutoff is None:
                ws = ops.lerp(self.w_avg.astype(ws.dtype), ws, self.psi)
            else:
                head = ops.lerp(self.w_avg.astype(ws.dtype), ws[:, :self.cutoff], self.psi)
                ws = ops.concat((head, ws[:, self.cutoff:]), axis=1)
        return ws


def make():
    np.random.seed(3542)
    net = MappingNetwork(MappingConfig())
    z = Tensor(np.random.randn(4, 32).astype(np.float32))
    return net, (z,)
