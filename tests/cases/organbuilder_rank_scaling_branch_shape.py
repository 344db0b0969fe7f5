# case: rank scaling model drops the top treble pipes when the measured mean diameter is below a threshold, so the if on a tensor value returns different lengths -> branch shapes differ
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RankScaler(nn.Cell):
    """Normalise a rank's pipe diameters along the Töpfer scaling curve."""

    def __init__(self, n_pipes=56, min_mean_mm=20.0, drop_treble=12):
        super().__init__()
        halving = 16.0
        ref = 155.0 * 2.0 ** (-np.arange(n_pipes) / halving)
        self.reference = Tensor(ref.astype(np.float32))
        self.min_mean_mm = min_mean_mm
        self.keep = n_pipes - drop_treble

    def construct(self, diameters_mm):
        ratio = diameters_mm / self.reference
        if diameters_mm.mean() < self.min_mean_mm:
            ratio = ratio[:self.keep]
        return ratio - ratio.mean()


def make():
    np.random.seed(334)
    ref = 155.0 * 2.0 ** (-np.arange(56) / 16.0)
    diam = ref * (0.4 + 0.02 * np.random.randn(56))
    return RankScaler(), (Tensor(diam.astype(np.float32)),)
