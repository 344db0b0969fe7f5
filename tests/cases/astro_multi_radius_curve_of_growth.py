# case: curve of growth from aperture fluxes at a constant tuple of radii, list appended in a constant for loop then stacked -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CurveOfGrowth(nn.Cell):
    def __init__(self, size=13, radii=(1.0, 2.0, 3.0, 4.5, 6.0)):
        super().__init__()
        c = (size - 1) / 2.0
        yy, xx = np.mgrid[0:size, 0:size]
        self.r = Tensor(np.sqrt((xx - c) ** 2 + (yy - c) ** 2).astype(np.float32))
        self.radii = radii

    def aperture_sum(self, stamp, radius):
        mask = (self.r <= radius).astype(ms.float32)
        return (stamp * mask).sum(axis=(-2, -1))

    def construct(self, stamps):
        fluxes = []
        for rad in self.radii:
            fluxes.append(self.aperture_sum(stamps, rad))
        cog = ops.stack(fluxes, axis=-1)
        return cog / cog[..., -1:]


def make():
    np.random.seed(46)
    yy, xx = np.mgrid[0:13, 0:13]
    psf = np.exp(-((xx - 6) ** 2 + (yy - 6) ** 2) / (2 * 1.5 ** 2))
    stamps = (np.random.uniform(100, 500, (4, 1, 1)) * psf + np.random.normal(0, 0.5, (4, 13, 13))).astype(np.float32)
    return CurveOfGrowth(), (Tensor(stamps),)
