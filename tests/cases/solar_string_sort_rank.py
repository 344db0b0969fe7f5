# case: string ranking sorts normalized string currents with ops.sort and takes the bottom quartile by a size computed from x.shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StringRanker(nn.Cell):
    def __init__(self, quantile=0.25):
        super().__init__()
        self.quantile = quantile

    def normalize(self, currents, irradiance):
        return currents / (irradiance.expand_dims(-1) / 1000.0 + 1e-6)

    def construct(self, currents, irradiance):
        norm = self.normalize(currents, irradiance).mean(axis=0)
        n_low = max(1, int(norm.shape[0] * self.quantile))
        sorted_vals, order = ops.sort(norm)
        return order[:n_low], sorted_vals[:n_low]


def make():
    np.random.seed(34)
    cur = np.random.normal(8.0, 0.3, size=(6, 20)).astype(np.float32)
    irr = np.random.uniform(700, 950, size=(6,)).astype(np.float32)
    return StringRanker(), (Tensor(cur), Tensor(irr))
