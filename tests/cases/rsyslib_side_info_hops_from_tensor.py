# case: side-information propagation runs a number of hops given as a tensor input and keeps every hop's representation in a list that is stacked at the end -> loop count from data with a growing list, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SideInfoConfig:
    def __init__(self, hidden=8, n_attrs=5, keep_all_hops=True):
        self.hidden = hidden
        self.n_attrs = n_attrs
        self.keep_all_hops = keep_all_hops


class AttributePropagation(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.attr_proj = nn.Dense(config.n_attrs, config.hidden)
        self.hop = nn.Dense(config.hidden, config.hidden, activation="tanh")
        self.keep_all_hops = config.keep_all_hops

    def _run_hops(self, h, n_hops):
        hops = [h]
        i = 0
        while i < n_hops:
            h = self.hop(h)
            hops.append(h)
            i += 1
        return hops

    def construct(self, item_h, attrs, n_hops):
        h = item_h + self.attr_proj(attrs)
        hops = self._run_hops(h, n_hops)
        if self.keep_all_hops:
            return ops.stack(hops, axis=1).mean(axis=1)
        return hops[-1]


def make():
    np.random.seed(3587)
    item_h = Tensor(np.random.randn(4, 8).astype(np.float32))
    attrs = Tensor(np.random.rand(4, 5).astype(np.float32))
    return AttributePropagation(SideInfoConfig()), (item_h, attrs, Tensor(2, ms.int32))
