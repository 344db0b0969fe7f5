# case: SchNet filter layer subclasses nn.Dense, adds a per-filter scale Parameter created in a helper, and calls super().construct -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer

LOG2 = float(np.log(2.0))


class FilterConfig:
    n_rbf = 10
    n_filters = 24
    use_scale = True
    activation = "ssp"


class FilterDense(nn.Dense):
    def __init__(self, in_channels, out_channels, config, **kwargs):
        super().__init__(in_channels, out_channels, **kwargs)
        self.use_scale = getattr(config, "use_scale", False)
        self.act_name = getattr(config, "activation", None)
        self._init_scale(out_channels)

    def _init_scale(self, n):
        self.filter_scale = Parameter(initializer("ones", (n,), ms.float32), name="filter_scale")

    def construct(self, x):
        y = super().construct(x)
        if self.act_name == "ssp":
            y = ops.softplus(y) - LOG2
        if self.use_scale:
            y = y * self.filter_scale
        return y


class FilterNetwork(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.layers = nn.CellList([
            FilterDense(config.n_rbf, config.n_filters, config),
            FilterDense(config.n_filters, config.n_filters, config, has_bias=False),
        ])

    def construct(self, rbf, fcut):
        w = rbf
        for layer in self.layers:
            w = layer(w)
        return w * fcut[..., None]


def make():
    np.random.seed(32)
    rbf = Tensor(np.random.rand(2, 7, 7, 10).astype(np.float32))
    fcut = Tensor(np.random.rand(2, 7, 7).astype(np.float32))
    return FilterNetwork(FilterConfig()), (rbf, fcut)
