# case: flat-field and dark-frame correction with optional inputs guarded by None/isinstance checks -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FlatFieldCorrection(nn.Cell):
    def __init__(self, dark_level=0.0, normalize_flat=True, eps=1e-6):
        super().__init__()
        self.dark_level = dark_level
        self.normalize_flat = normalize_flat
        self.eps = eps

    def _prepare_flat(self, flat):
        if self.normalize_flat:
            flat = flat / flat.mean(axis=(-2, -1), keep_dims=True)
        return flat

    def construct(self, raw, flat=None, dark=None):
        if dark is None:
            signal = raw - self.dark_level
        else:
            signal = raw - dark
        if isinstance(flat, Tensor):
            signal = signal / (self._prepare_flat(flat) + self.eps)
        return ops.relu(signal)


def make():
    np.random.seed(33)
    raw = np.random.rand(1, 1, 16, 16).astype(np.float32) + 0.5
    yy, xx = np.mgrid[0:16, 0:16]
    flat = (1.0 - 0.002 * ((yy - 8) ** 2 + (xx - 8) ** 2)).astype(np.float32)[None, None]
    return FlatFieldCorrection(), (Tensor(raw), Tensor(flat))
