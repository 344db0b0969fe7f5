# case: keeps substation loads not under outage via masked_select and averages them -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OutageAwareLoad(nn.Cell):
    def __init__(self, n_substations=12, scale=1.05):
        super().__init__()
        self.n_substations = n_substations
        self.scale = scale

    def live_loads(self, load, outage):
        online = outage < 0.5
        return ops.masked_select(load, online)

    def construct(self, load, outage):
        live = self.live_loads(load, outage)
        total = live.sum() * self.scale
        mean_live = total / (live.shape[0] + 1e-6)
        return total, mean_live


def make():
    np.random.seed(0)
    load = Tensor(np.random.uniform(20, 80, size=(12,)).astype(np.float32))
    outage = Tensor((np.random.rand(12) > 0.8).astype(np.float32))
    return OutageAwareLoad(), (load, outage)
