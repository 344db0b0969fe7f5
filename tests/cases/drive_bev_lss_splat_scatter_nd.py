# case: lift-splat camera-to-BEV pooling that computes BEV cell indices from frustum geometry and splats with scatter_nd into a config-sized grid -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LiftSplat(nn.Cell):
    def __init__(self, channels=4, depth_bins=3, bev_size=8, cell_size=1.0):
        super().__init__()
        self.c = channels
        self.d = depth_bins
        self.bev_size = bev_size
        self.cell_size = cell_size
        self.depth_head = nn.Conv2d(channels, depth_bins, 1)

    def bev_indices(self, frustum_xy):
        half = self.bev_size * self.cell_size / 2.0
        ij = ops.floor((frustum_xy + half) / self.cell_size).astype(ms.int32)
        inside = ops.logical_and((ij >= 0).all(axis=-1), (ij < self.bev_size).all(axis=-1))
        ij = ops.clamp(ij, 0, self.bev_size - 1)
        return ij, inside

    def construct(self, img_feat, frustum_xy):
        depth = ops.softmax(self.depth_head(img_feat), axis=1)
        vol = img_feat.expand_dims(2) * depth.expand_dims(1)
        vol = vol.transpose(0, 2, 3, 4, 1).reshape(-1, self.c)
        ij, inside = self.bev_indices(frustum_xy.reshape(-1, 2))
        vol = vol * inside.astype(ms.float32).expand_dims(-1)
        bev = ops.scatter_nd(ij, vol, (self.bev_size, self.bev_size, self.c))
        return bev.transpose(2, 0, 1).expand_dims(0)


def make():
    np.random.seed(24)
    feat = Tensor(np.random.randn(1, 4, 4, 6).astype(np.float32))
    frustum = Tensor(np.random.uniform(-5, 5, size=(1, 3, 4, 6, 2)).astype(np.float32))
    return LiftSplat(), (feat, frustum)
