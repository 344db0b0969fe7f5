# case: zeros out loads of substations under outage by multiplying a fixed-size mask, then averages over online count -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OutageAwareLoad(nn.Cell):
    def __init__(self, scale=1.05):
        super().__init__()
        self.scale = scale

    def online_mask(self, outage):
        return (outage < 0.5).astype(ms.float32)

    def construct(self, load, outage):
        mask = self.online_mask(outage)
        served = load * mask * self.scale
        n_online = mask.sum(axis=-1, keepdims=True)
        mean_online = served.sum(axis=-1, keepdims=True) / ops.maximum(n_online, 1.0)
        return served, mean_online


def make():
    np.random.seed(1)
    load = Tensor(np.random.uniform(20, 80, size=(4, 12)).astype(np.float32))
    outage = Tensor((np.random.rand(4, 12) > 0.8).astype(np.float32))
    return OutageAwareLoad(), (load, outage)
