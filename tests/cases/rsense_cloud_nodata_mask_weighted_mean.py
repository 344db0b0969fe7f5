# case: combines cloud and nodata masks into a float weight and computes masked per-band means by multiplication -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskBuilder(nn.Cell):
    def __init__(self, nodata=0.0, cloud_band=0, cloud_thr=0.8):
        super().__init__()
        self.nodata = nodata
        self.cloud_band = cloud_band
        self.cloud_thr = cloud_thr

    def construct(self, cube):
        nodata = (cube == self.nodata).any(axis=0)
        cloud = cube[self.cloud_band] > self.cloud_thr
        return ops.logical_not(ops.logical_or(nodata, cloud)).astype(ms.float32)


class MaskedBandMeans(nn.Cell):
    def __init__(self):
        super().__init__()
        self.masker = MaskBuilder()

    def construct(self, cube):
        w = self.masker(cube)
        total = (cube * w).sum(axis=(1, 2))
        return total / (w.sum() + 1e-6), w.mean()


def make():
    np.random.seed(31)
    cube = np.random.rand(5, 12, 12).astype(np.float32)
    cube[:, 10:, :] = 0.0
    return MaskedBandMeans(), (Tensor(cube),)
