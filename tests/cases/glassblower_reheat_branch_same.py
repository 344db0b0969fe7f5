# case: choose between a gentle and an aggressive reheat correction depending on whether the piece fell below working temperature; both branches keep the same shape -> tensor if with matching shapes, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

WORKING_C = 980.0


class ReheatPlanner(nn.Cell):
    def __init__(self, n_zones=10):
        super().__init__()
        self.gentle = nn.Dense(n_zones, n_zones)
        self.aggressive = nn.Dense(n_zones, n_zones)

    def construct(self, surface_c):
        if surface_c.min() < WORKING_C:
            boost = self.aggressive(surface_c / 1000.0) * 40.0
        else:
            boost = self.gentle(surface_c / 1000.0) * 10.0
        return surface_c + boost


def make():
    np.random.seed(141)
    ms.set_seed(141)
    s = np.random.uniform(950.0, 1050.0, size=(3, 10)).astype(np.float32)
    return ReheatPlanner(), (Tensor(s),)
