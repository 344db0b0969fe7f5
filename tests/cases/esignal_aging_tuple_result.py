# case: insulation aging calculator returns equivalent aging and loss of life as a plain tuple of tensors from a helper -> fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def aging_summary(faa, hours_per_step):
    feqa = faa.mean()
    lol = faa.sum() * hours_per_step
    return feqa, lol


class InsulationAging(nn.Cell):
    """Aging acceleration factor per IEEE C57.91 (110 C reference hot-spot)."""

    def __init__(self, ref_c=110.0, b=15000.0, hours_per_step=1.0):
        super().__init__()
        self.ref_k = ref_c + 273.0
        self.b = b
        self.hours_per_step = hours_per_step

    def construct(self, hotspot_c):
        faa = ops.exp(self.b / self.ref_k - self.b / (hotspot_c + 273.0))
        return aging_summary(faa, self.hours_per_step)


def make():
    np.random.seed(112)
    hs = Tensor((np.random.rand(24) * 30 + 90).astype(np.float32))
    return InsulationAging(hours_per_step=0.5), (hs,)
