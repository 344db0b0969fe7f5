# case: DeepONet with branch and trunk MLPs forwarding *args/**kwargs through a shared base class, dot-product combination over config.n_basis -> argument forwarding and CellList zip, Graph mode static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class DeepONetConfig:
    n_sensors = 20
    coord_dim = 1
    hidden = 32
    n_basis = 16
    depth = 3
    use_bias = True


class MLPBase(nn.Cell):
    def __init__(self, dims, final_act=False):
        super().__init__()
        self.layers = nn.CellList([nn.Dense(a, b) for a, b in zip(dims[:-1], dims[1:])])
        self.final_act = final_act

    def forward_layers(self, x, *args, **kwargs):
        n = len(self.layers)
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < n - 1 or self.final_act:
                x = ops.tanh(x)
        return x

    def construct(self, x, *args, **kwargs):
        return self.forward_layers(x, *args, **kwargs)


class BranchNet(MLPBase):
    pass


class TrunkNet(MLPBase):
    def construct(self, y, *args, **kwargs):
        return super().construct(y, *args, **kwargs)


class DeepONet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        hid = [config.hidden] * (config.depth - 1)
        self.branch = BranchNet([config.n_sensors] + hid + [config.n_basis])
        self.trunk = TrunkNet([config.coord_dim] + hid + [config.n_basis], final_act=True)
        self.bias = Parameter(Tensor(np.zeros(1, np.float32)), name="b0") if config.use_bias else None

    def construct(self, u_sensors, y, **kwargs):
        b = self.branch(u_sensors, **kwargs)
        t = self.trunk(y, **kwargs)
        g = ops.matmul(b, t.T)
        if self.bias is not None:
            g = g + self.bias
        return g


def make():
    np.random.seed(33)
    u = Tensor(np.random.randn(8, 20).astype(np.float32))
    y = Tensor(np.linspace(0, 1, 50, dtype=np.float32).reshape(50, 1))
    return DeepONet(DeepONetConfig()), (u, y)
