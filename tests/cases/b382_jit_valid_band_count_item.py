# case: jitted preprocessing reads the number of valid (non-saturated) bands from a sensor-quality tensor with .item() and crops the spectra to that many bands -> dynamic or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

SATURATION = 0.98
DEFAULTS = {"eps": 1e-6, "unit_norm": True}


def _unit_norm(x, eps):
    return x / ops.sqrt((x * x).sum(-1, keepdims=True) + eps)


@ms.jit
def preprocess_spectra(spectra, band_quality, unit_norm=True):
    n_valid = (band_quality < SATURATION).astype(ms.int32).sum().item()
    x = spectra[:, :n_valid]
    if unit_norm:
        x = _unit_norm(x, DEFAULTS["eps"])
    return x


def make():
    np.random.seed(3853)
    spectra = Tensor(np.random.rand(10, 20).astype(np.float32))
    quality = Tensor(np.sort(np.random.rand(20)).astype(np.float32))
    return preprocess_spectra, (spectra, quality)
