# case: DCRNN diffusion convolution over K forward and backward random-walk hops with a Python-int loop and a Parameter built in a helper -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer, XavierUniform


class DiffusionConfig:
    def __init__(self, max_diffusion_step=2, filter_type="dual_random_walk", use_bias=True):
        self.max_diffusion_step = max_diffusion_step
        self.filter_type = filter_type
        self.use_bias = use_bias


def random_walk(adj):
    d = adj.sum(axis=1, keepdims=True)
    return adj / (d + 1e-6)


class DiffusionGraphConv(nn.Cell):
    def __init__(self, in_dim, out_dim, config):
        super().__init__()
        self.k = config.max_diffusion_step
        self.n_supports = 2 if config.filter_type == "dual_random_walk" else 1
        self.use_bias = config.use_bias
        self._build_weights(in_dim, out_dim)

    def _build_weights(self, in_dim, out_dim):
        n_mat = self.n_supports * self.k + 1
        self.weight = Parameter(initializer(XavierUniform(), (in_dim * n_mat, out_dim), ms.float32), name="weight")
        self.bias = Parameter(initializer("zeros", (out_dim,), ms.float32), name="bias")

    def construct(self, x, adj):
        # x: (batch, nodes, feat)
        supports = [random_walk(adj)]
        if self.n_supports == 2:
            supports.append(random_walk(adj.T))
        feats = [x]
        for s in supports:
            xk = x
            for _ in range(self.k):
                xk = ops.matmul(s, xk)
                feats.append(xk)
        h = ops.concat(feats, axis=-1)
        out = ops.matmul(h, self.weight)
        if self.use_bias:
            out = out + self.bias
        return out


def make():
    np.random.seed(3814)
    x = np.random.randn(2, 9, 4).astype(np.float32)
    adj = np.random.rand(9, 9).astype(np.float32)
    return DiffusionGraphConv(4, 6, DiffusionConfig()), (Tensor(x), Tensor(adj))
