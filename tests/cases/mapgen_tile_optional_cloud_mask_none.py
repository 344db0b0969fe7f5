# case: satellite tile encoder takes an optional cloud mask and applies it only when it is not None -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TileEncoder(nn.Cell):
    def __init__(self, in_ch=4, dim=8, fill_value=0.0):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, dim, 3, pad_mode="same")
        self.fill_value = fill_value

    def apply_cloud_mask(self, tile, cloud_mask):
        if cloud_mask is None:
            return tile
        clear = 1.0 - cloud_mask
        return tile * clear + self.fill_value * cloud_mask

    def construct(self, tile, cloud_mask=None):
        tile = self.apply_cloud_mask(tile, cloud_mask)
        feats = ops.relu(self.conv(tile))
        return feats.mean((2, 3))


def make():
    np.random.seed(24)
    tile = Tensor(np.random.rand(2, 4, 12, 12).astype(np.float32))
    clouds = Tensor((np.random.rand(2, 1, 12, 12) > 0.85).astype(np.float32))
    return TileEncoder(), (tile, clouds)
