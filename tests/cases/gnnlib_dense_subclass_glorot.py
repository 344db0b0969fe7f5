# case: GNN linear layer subclassing nn.Dense with a glorot weight built in a helper, optional bias from config and edge-weighted sum aggregation -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LinearConfig:
    in_dim = 8
    out_dim = 16
    bias = True
    weight_initializer = "glorot"


def glorot(shape, seed=0):
    rng = np.random.RandomState(seed)
    a = np.sqrt(6.0 / (shape[-2] + shape[-1]))
    return rng.uniform(-a, a, size=shape).astype(np.float32)


class GraphLinear(nn.Dense):
    def __init__(self, config):
        super().__init__(config.in_dim, config.out_dim, has_bias=config.bias)
        self.reset_parameters(config)

    def reset_parameters(self, config):
        if config.weight_initializer == "glorot":
            self.weight.set_data(Tensor(glorot((config.out_dim, config.in_dim))))
        self.edge_scale = Parameter(Tensor(np.ones((1,), np.float32)), name="edge_scale")


class WeightedConv(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.lin = GraphLinear(config)

    def construct(self, x, edge_index, edge_weight=None):
        h = self.lin(x)
        w = edge_weight if edge_weight is not None else ops.ones(edge_index.shape[1], h.dtype)
        w = w * self.lin.edge_scale
        return ops.unsorted_segment_sum(h[edge_index[0]] * w[:, None], edge_index[1], h.shape[0])


def make():
    np.random.seed(3464)
    n, e = 12, 30
    x = Tensor(np.random.randn(n, 8).astype(np.float32))
    ei = Tensor(np.random.randint(0, n, size=(2, e)).astype(np.int32))
    w = Tensor(np.random.rand(e).astype(np.float32))
    return WeightedConv(LinearConfig()), (x, ei, w)
