# case: insulation aging calculator creates a plain Python result object in construct, fills it with tensors and returns its fields -> plain class instantiated in graph, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AgingReport:
    def __init__(self, faa, lol_hours):
        self.faa = faa
        self.lol_hours = lol_hours


class InsulationAging(nn.Cell):
    """Aging acceleration factor per IEEE C57.91 (110 C reference hot-spot)."""

    def __init__(self, ref_c=110.0, b=15000.0):
        super().__init__()
        self.ref_k = ref_c + 273.0
        self.b = b

    def construct(self, hotspot_c):
        faa = ops.exp(self.b / self.ref_k - self.b / (hotspot_c + 273.0))
        report = AgingReport(faa.mean(), faa.sum())
        return report.faa, report.lol_hours


def make():
    np.random.seed(111)
    hs = Tensor((np.random.rand(24) * 30 + 90).astype(np.float32))
    return InsulationAging(), (hs,)
