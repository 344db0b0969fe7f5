# case: side-information propagation runs config.n_hops hops (a Python int), appends each hop to a list and stacks them for layer-wise averaging like LightGCN -> Python-int loop count, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SideInfoConfig:
    def __init__(self, hidden=8, n_attrs=5, n_hops=3, hop_weights=None):
        self.hidden = hidden
        self.n_attrs = n_attrs
        self.n_hops = n_hops
        self.hop_weights = hop_weights


class AttributePropagation(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.attr_proj = nn.Dense(config.n_attrs, config.hidden)
        self.hops = nn.CellList([nn.Dense(config.hidden, config.hidden, activation="tanh")
                                 for _ in range(config.n_hops)])
        weights = config.hop_weights
        if weights is None:
            weights = [1.0 / (config.n_hops + 1)] * (config.n_hops + 1)
        self.hop_weights = Tensor(np.array(weights, np.float32).reshape(1, -1, 1))

    def construct(self, item_h, attrs):
        h = item_h + self.attr_proj(attrs)
        layers = [h]
        for i in range(len(self.hops)):
            h = self.hops[i](h)
            layers.append(h)
        stacked = ops.stack(layers, axis=1)
        return (stacked * self.hop_weights).sum(axis=1)


def make():
    np.random.seed(3588)
    item_h = Tensor(np.random.randn(4, 8).astype(np.float32))
    attrs = Tensor(np.random.rand(4, 5).astype(np.float32))
    return AttributePropagation(SideInfoConfig()), (item_h, attrs)
