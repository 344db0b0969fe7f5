# case: spectral projection weights derived with NumPy from band centre wavelengths in __init__ (Gaussian response functions), construct only uses tensors -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

AVIRIS_RANGE_NM = (400.0, 2500.0)


class ProjectionConfig:
    def __init__(self, num_bands=48, num_virtual_bands=8, fwhm_nm=120.0, wavelengths=None, learnable=False):
        self.num_bands = num_bands
        self.num_virtual_bands = num_virtual_bands
        self.fwhm_nm = fwhm_nm
        self.wavelengths = wavelengths
        self.learnable = learnable


def gaussian_srf(wavelengths, centres, fwhm):
    sigma = fwhm / 2.3548
    w = np.exp(-0.5 * ((wavelengths[:, None] - centres[None, :]) / sigma) ** 2)
    return (w / w.sum(0, keepdims=True)).astype(np.float32)


class VirtualBandProjection(nn.Cell):
    def __init__(self, config):
        super().__init__()
        wl = config.wavelengths
        if wl is None:
            wl = np.linspace(*AVIRIS_RANGE_NM, config.num_bands)
        centres = np.linspace(wl.min(), wl.max(), config.num_virtual_bands)
        srf = Tensor(gaussian_srf(np.asarray(wl), centres, config.fwhm_nm))
        self.srf = ms.Parameter(srf, name="srf", requires_grad=config.learnable)

    def construct(self, cube):
        b, c, h, w = cube.shape
        spectra = cube.transpose(0, 2, 3, 1).reshape(-1, c)
        virtual = ops.matmul(spectra, self.srf)
        return virtual.reshape(b, h, w, -1).transpose(0, 3, 1, 2)


def make():
    np.random.seed(3842)
    cfg = ProjectionConfig()
    cube = Tensor(np.random.rand(2, cfg.num_bands, 4, 4).astype(np.float32))
    return VirtualBandProjection(cfg), (cube,)
