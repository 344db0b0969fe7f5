# case: if the sample is metameric (delta-E above 2) weight the spectral difference up, else down -> tensor-valued if with same-shaped branches, static control flow
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MetamerismWeight(nn.Cell):
    def __init__(self, n_wl=31, threshold=2.0, up=3.0, down=0.5):
        super().__init__()
        self.threshold = threshold
        self.up = up
        self.down = down
        self.to_lab = nn.Dense(n_wl, 3, has_bias=False)

    def construct(self, refl_sample, refl_std):
        d = self.to_lab(refl_sample) - self.to_lab(refl_std)
        de = ops.sqrt((d * d).sum())
        spectral = refl_sample - refl_std
        if de > self.threshold:
            out = spectral * self.up
        else:
            out = spectral * self.down
        return out, de


def make():
    np.random.seed(43)
    s = np.clip(np.random.rand(31), 0.05, 0.95).astype(np.float32)
    t = np.clip(s + 0.05 * np.random.randn(31), 0.05, 0.95).astype(np.float32)
    return MetamerismWeight(), (Tensor(s), Tensor(t))
