# case: combine clay mineral fractions into a plasticity index with a weight vector and matmul, loop over a fixed tuple of additives -> static, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PlasticityIndexMat(nn.Cell):
    def __init__(self, additive_gain=(0.05, 0.02)):
        super().__init__()
        self.weights = Tensor(np.array([[1.8], [0.4], [0.2], [1.1], [0.6]], np.float32))
        self.additive_gain = additive_gain

    def construct(self, comps, additives):
        base = ops.matmul(comps, self.weights).squeeze(-1)
        for j, g in enumerate(self.additive_gain):
            base = base + g * additives[:, j]
        return base


def make():
    np.random.seed(28)
    comps = np.random.dirichlet(np.ones(5), size=6).astype(np.float32)
    additives = np.random.rand(6, 2).astype(np.float32)
    return PlasticityIndexMat(), (Tensor(comps), Tensor(additives))
