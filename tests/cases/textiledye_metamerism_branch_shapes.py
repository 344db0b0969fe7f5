# case: if the sample is metameric under illuminant A (delta-E above 2) return the full spectral difference, else only the three Lab differences -> tensor-valued if with branches of different shapes, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MetamerismCheck(nn.Cell):
    def __init__(self, n_wl=31, threshold=2.0):
        super().__init__()
        self.threshold = threshold
        self.to_lab = nn.Dense(n_wl, 3, has_bias=False)

    def construct(self, refl_sample, refl_std):
        lab_s = self.to_lab(refl_sample)
        lab_t = self.to_lab(refl_std)
        d = lab_s - lab_t
        de = ops.sqrt((d * d).sum())
        if de > self.threshold:
            out = refl_sample - refl_std
        else:
            out = d
        return out * 2.0


def make():
    np.random.seed(42)
    s = np.clip(np.random.rand(31), 0.05, 0.95).astype(np.float32)
    t = np.clip(s + 0.05 * np.random.randn(31), 0.05, 0.95).astype(np.float32)
    return MetamerismCheck(), (Tensor(s), Tensor(t))
