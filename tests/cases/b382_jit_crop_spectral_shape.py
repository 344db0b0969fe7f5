# case: jitted preprocessing crops the noisy tail bands using a count computed from spectra.shape and a module constant ratio, then unit-normalises -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

TAIL_FRACTION = 0.1
DEFAULTS = {"eps": 1e-6, "unit_norm": True}


def _unit_norm(x, eps):
    return x / ops.sqrt((x * x).sum(-1, keepdims=True) + eps)


@ms.jit
def preprocess_spectra(spectra, band_quality, unit_norm=True):
    n_bands = spectra.shape[-1]
    n_valid = n_bands - int(n_bands * TAIL_FRACTION)
    x = spectra[:, :n_valid] * band_quality[:n_valid]
    if unit_norm:
        x = _unit_norm(x, DEFAULTS["eps"])
    return x


def make():
    np.random.seed(3854)
    spectra = Tensor(np.random.rand(10, 20).astype(np.float32))
    quality = Tensor(np.sort(np.random.rand(20)).astype(np.float32))
    return preprocess_spectra, (spectra, quality)
