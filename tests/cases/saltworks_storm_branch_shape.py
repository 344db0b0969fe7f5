# case: after a rain event, if mean pond dilution is large the model keeps only the concentrator ponds' columns, otherwise all ponds -> tensor-valued if whose branches return different shapes, expect rejection
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RainDilutionAdjuster(nn.Cell):
    def __init__(self, n_concentrators=3, dilution_limit=0.02):
        super().__init__()
        self.n_concentrators = n_concentrators
        self.dilution_limit = dilution_limit

    def dilution(self, density_before, density_after):
        return (density_before - density_after) / density_before

    def construct(self, density_before, density_after):
        d = self.dilution(density_before, density_after)
        if d.mean() > self.dilution_limit:
            # heavy rain: only the concentrators are worth re-pumping
            out = density_after[:, :self.n_concentrators]
        else:
            out = density_after
        return out * 1.0


def make():
    np.random.seed(30)
    before = Tensor(np.random.uniform(1.15, 1.22, size=(5, 8)).astype(np.float32))
    after = before - Tensor(np.random.uniform(0.01, 0.06, size=(5, 8)).astype(np.float32))
    return RainDilutionAdjuster(), (before, after)
