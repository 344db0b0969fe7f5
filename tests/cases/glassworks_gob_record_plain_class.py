# case: pack each gob's weight, temperature and shear time into a small plain Python record object created inside construct and return a field-derived value -> plain class instantiated in graph, expect Graph mode error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GobRecord:
    def __init__(self, weight, temp, shear):
        self.weight = weight
        self.temp = temp
        self.shear = shear

    def viscosity_index(self):
        return self.weight * 0.001 + (1150.0 - self.temp) * 0.01


class GobFeederModel(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 1)

    def construct(self, weight, temp, shear):
        rec = GobRecord(weight, temp, shear)
        feats = ops.stack([rec.weight / 300.0, rec.temp / 1150.0, rec.shear], axis=1)
        return self.fc(feats).reshape(-1) + rec.viscosity_index()


def make():
    np.random.seed(91)
    w = (300.0 + 10 * np.random.randn(8)).astype(np.float32)
    t = (1150.0 + 5 * np.random.randn(8)).astype(np.float32)
    s = (0.9 + 0.05 * np.random.rand(8)).astype(np.float32)
    return GobFeederModel(), (Tensor(w), Tensor(t), Tensor(s))
