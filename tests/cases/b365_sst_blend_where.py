# case: SST forecast head that keeps climatological SST over land with three-argument ops.where and zeroes sea-ice cells with masked_fill -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FREEZING_K = 271.35


class SSTHeadConfig:
    def __init__(self, hidden=16, land_threshold=0.5, mask_sea_ice=True):
        self.hidden = hidden
        self.land_threshold = land_threshold
        self.mask_sea_ice = mask_sea_ice


class SSTHead(nn.Conv2d):
    def __init__(self, config, **kwargs):
        super().__init__(config.hidden, 1, 1, has_bias=True, **kwargs)

    def construct(self, h):
        return FREEZING_K + 15.0 * ops.sigmoid(super().construct(h))


class SSTBlender(nn.Cell):
    def __init__(self, config, land_sea_mask, sst_clim):
        super().__init__()
        self.head = SSTHead(config)
        self.is_land = land_sea_mask > config.land_threshold
        self.clim = sst_clim
        self.mask_sea_ice = getattr(config, "mask_sea_ice", False)

    def construct(self, h, sea_ice_frac=None):
        sst = self.head(h)
        sst = ops.where(self.is_land, self.clim, sst)
        if self.mask_sea_ice and sea_ice_frac is not None:
            sst = ops.masked_fill(sst, sea_ice_frac > 0.5, FREEZING_K)
        return sst


def make():
    np.random.seed(3671)
    cfg = SSTHeadConfig()
    lsm = Tensor(np.random.rand(1, 1, 12, 24).astype(np.float32))
    clim = Tensor((285.0 + 5.0 * np.random.randn(1, 1, 12, 24)).astype(np.float32))
    net = SSTBlender(cfg, lsm, clim)
    h = Tensor(np.random.randn(2, cfg.hidden, 12, 24).astype(np.float32))
    ice = Tensor(np.random.rand(2, 1, 12, 24).astype(np.float32))
    return net, (h, ice)
