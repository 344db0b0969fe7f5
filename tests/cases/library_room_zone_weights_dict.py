# case: weight reading-room zones (quiet, group, study carrels) with a constant dict from __init__ looked up by literal keys in construct -> constant dict access, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

ZONE_WEIGHTS = {"quiet": 1.0, "group": 1.4, "carrel": 0.8}


class ZoneLoad(nn.Cell):
    def __init__(self, lag=6, weights=None):
        super().__init__()
        self.weights = dict(ZONE_WEIGHTS if weights is None else weights)
        self.quiet_head = nn.Dense(lag, 1)
        self.group_head = nn.Dense(lag, 1)
        self.carrel_head = nn.Dense(lag, 1)

    def construct(self, quiet, group, carrel):
        q = self.quiet_head(quiet) * self.weights["quiet"]
        g = self.group_head(group) * self.weights["group"]
        c = self.carrel_head(carrel) * self.weights["carrel"]
        total = ops.relu(q + g + c).squeeze(-1)
        share = ops.concat((q, g, c), axis=-1)
        return total, ops.softmax(share, axis=-1)


def make():
    np.random.seed(73)
    mk = lambda: Tensor(np.random.rand(5, 6).astype(np.float32))
    return ZoneLoad(), (mk(), mk(), mk())
