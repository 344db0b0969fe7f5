# case: voicing assistant logs the proposed cut-up change with a plain print of a label and the tensor inside construct -> print supported, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CutupAdvisor(nn.Cell):
    """Suggest mouth cut-up adjustments (mm) from spectral brightness."""

    def __init__(self, n_features=12, verbose=True):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(n_features, 16), nn.Tanh(), nn.Dense(16, 1)])
        self.verbose = verbose

    def construct(self, harmonic_profile):
        delta_mm = 0.5 * self.net(harmonic_profile).squeeze(-1)
        if self.verbose:
            print("suggested cut-up change (mm):", delta_mm)
        return delta_mm


def make():
    np.random.seed(326)
    profile = np.random.rand(5, 12).astype(np.float32)
    return CutupAdvisor(), (Tensor(profile),)
