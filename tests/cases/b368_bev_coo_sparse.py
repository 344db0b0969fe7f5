# case: sparse BEV encoder builds an occupancy canvas as a COOTensor from pillar grid indices and densifies it before a conv -> sparse tensor construction in construct (expect error or special handling)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BEV_SHAPE = (32, 32)


class SparseBEVConfig:
    def __init__(self, bev_shape=BEV_SHAPE, out_channels=8, with_height=True):
        self.bev_shape = bev_shape
        self.out_channels = out_channels
        self.with_height = with_height


class SparseOccupancyEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.bev_shape = tuple(config.bev_shape)
        self.with_height = config.with_height
        in_ch = 2 if self.with_height else 1
        self.conv = nn.Conv2d(in_ch, config.out_channels, 3, pad_mode="same", has_bias=True)

    def _to_canvas(self, coords, values):
        sp = ms.COOTensor(coords, values, self.bev_shape)
        return sp.to_dense()

    def construct(self, coords, pillar_height):
        occ = self._to_canvas(coords, ops.ones_like(pillar_height))
        planes = [occ]
        if self.with_height:
            planes.append(self._to_canvas(coords, pillar_height))
        bev = ops.stack(planes, axis=0)[None]
        return self.conv(bev)


def make():
    np.random.seed(3688)
    flat = np.random.choice(BEV_SHAPE[0] * BEV_SHAPE[1], 60, replace=False)
    coords = np.stack([flat // BEV_SHAPE[1], flat % BEV_SHAPE[1]], 1).astype(np.int32)
    height = np.random.uniform(0.2, 2.5, 60).astype(np.float32)
    return SparseOccupancyEncoder(SparseBEVConfig()), (Tensor(coords), Tensor(height))
