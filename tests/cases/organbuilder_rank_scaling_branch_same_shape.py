# case: rank scaling model rescales the ratios when the measured mean diameter is below a threshold, both branches keep the full rank length -> same-shape tensor if, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RankScaler(nn.Cell):
    """Normalise a rank's pipe diameters along the Töpfer scaling curve."""

    def __init__(self, n_pipes=56, min_mean_mm=20.0, narrow_boost=1.15):
        super().__init__()
        halving = 16.0
        ref = 155.0 * 2.0 ** (-np.arange(n_pipes) / halving)
        self.reference = Tensor(ref.astype(np.float32))
        self.min_mean_mm = min_mean_mm
        self.narrow_boost = narrow_boost

    def construct(self, diameters_mm):
        ratio = diameters_mm / self.reference
        if diameters_mm.mean() < self.min_mean_mm:
            ratio = ratio * self.narrow_boost
        else:
            ratio = ratio / self.narrow_boost
        return ratio - ratio.mean()


def make():
    np.random.seed(335)
    ref = 155.0 * 2.0 ** (-np.arange(56) / 16.0)
    diam = ref * (0.4 + 0.02 * np.random.randn(56))
    return RankScaler(), (Tensor(diam.astype(np.float32)),)
