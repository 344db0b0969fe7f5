# case: plain Python TileQuality object built from tensor stats inside construct, then mutated -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileQuality:
    def __init__(self, cloud_frac, nodata_frac):
        self.cloud_frac = cloud_frac
        self.nodata_frac = nodata_frac
        self.usable = True

    def weight(self):
        return (1.0 - self.cloud_frac) * (1.0 - self.nodata_frac)


class QualityWeightedEncoder(nn.Cell):
    def __init__(self, in_bands=4, out_ch=8, nodata=-9999.0, max_cloud=0.5):
        super().__init__()
        self.stem = nn.Conv2d(in_bands, out_ch, 3, pad_mode="same")
        self.nodata = nodata
        self.max_cloud = max_cloud

    def assess(self, tile, cloud):
        nodata_frac = (tile == self.nodata).astype(ms.float32).mean()
        cloud_frac = cloud.astype(ms.float32).mean()
        return TileQuality(cloud_frac, nodata_frac)

    def construct(self, tile, cloud):
        q = self.assess(tile, cloud)
        if q.cloud_frac > self.max_cloud:
            q.usable = False
        feats = self.stem(ops.where(tile == self.nodata, ops.zeros_like(tile), tile))
        return feats * q.weight(), q.usable


def make():
    np.random.seed(7)
    tile = np.random.rand(1, 4, 10, 10).astype(np.float32)
    tile[:, :, 0, :] = -9999.0
    cloud = (np.random.rand(1, 10, 10) > 0.7).astype(np.float32)
    return QualityWeightedEncoder(), (Tensor(tile), Tensor(cloud))
