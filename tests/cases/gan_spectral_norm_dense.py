# case: SNGAN discriminator with a spectral-normalised dense layer doing one power iteration per call on a Parameter u, enabled by a flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class SNDense(nn.Cell):
    def __init__(self, in_dim, out_dim, n_power_iterations=1, eps=1e-12, use_sn=True):
        super().__init__()
        rng = np.random.RandomState(in_dim * 31 + out_dim)
        self.weight = Parameter(Tensor(rng.randn(out_dim, in_dim).astype(np.float32) * 0.1), name="weight")
        self.bias = Parameter(Tensor(np.zeros(out_dim, np.float32)), name="bias")
        self.u = Parameter(Tensor(rng.randn(out_dim).astype(np.float32)), name="u", requires_grad=False)
        self.n_power_iterations = n_power_iterations
        self.eps = eps
        self.use_sn = use_sn

    def _l2n(self, v):
        return v / (ops.norm(v) + self.eps)

    def normalized_weight(self):
        u = self.u
        v = self._l2n(ops.mv(self.weight.T, u))
        for _ in range(self.n_power_iterations):
            v = self._l2n(ops.mv(self.weight.T, u))
            u = self._l2n(ops.mv(self.weight, v))
        ops.assign(self.u, ops.stop_gradient(u))
        sigma = ops.tensor_dot(u, ops.mv(self.weight, v), 1)
        return self.weight / sigma

    def construct(self, x):
        w = self.normalized_weight() if self.use_sn else self.weight
        return ops.matmul(x, w.T) + self.bias


class SNDiscriminator(nn.Cell):
    def __init__(self, in_dim=8, hidden=16):
        super().__init__()
        self.layers = nn.CellList([SNDense(in_dim, hidden), SNDense(hidden, hidden), SNDense(hidden, 1)])

    def construct(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < len(self.layers) - 1:
                x = ops.leaky_relu(x, 0.1)
        return x


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 8).astype(np.float32))
    return SNDiscriminator(), (x,)
