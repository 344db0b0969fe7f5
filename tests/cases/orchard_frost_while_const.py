# case: frost-protection sprinkler model iterates a leaf-temperature update a fixed number of times with a Python int counter in a while loop -> loop bound is a Python constant, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeafTempSolver(nn.Cell):
    def __init__(self, n_iter=8, relax=0.4, latent_gain=1.5):
        super().__init__()
        self.n_iter = n_iter
        self.relax = relax
        self.latent_gain = latent_gain

    def step(self, leaf, air, wet):
        target = air + self.latent_gain * wet
        return leaf + self.relax * (target - leaf)

    def construct(self, air_temp, sprinkler_on):
        leaf = air_temp
        wet = sprinkler_on.astype(ms.float32)
        i = 0
        while i < self.n_iter:
            leaf = self.step(leaf, air_temp, wet)
            i += 1
        frost_risk = ops.sigmoid(-(leaf + 1.0) * 2.0)
        return leaf, frost_risk


def make():
    np.random.seed(191)
    air = Tensor((np.random.rand(10) * 4 - 3).astype(np.float32))
    on = Tensor(np.random.rand(10) > 0.5)
    return LeafTempSolver(), (air, on)
