# case: PointPillars scatter that drops empty pillars with nonzero before scattering into the BEV canvas -> dynamic shape at line 31
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PillarFeatureNet(nn.Cell):
    def __init__(self, in_channels=4, out_channels=16):
        super().__init__()
        self.linear = nn.Dense(in_channels, out_channels)
        self.relu = nn.ReLU()

    def construct(self, points, mask):
        feats = self.relu(self.linear(points))
        feats = feats * mask.expand_dims(-1)
        return feats.max(axis=1)


class PointPillarScatter(nn.Cell):
    def __init__(self, channels=16, grid_x=8, grid_y=8):
        super().__init__()
        self.channels = channels
        self.nx = grid_x
        self.ny = grid_y
        self.pfn = PillarFeatureNet(out_channels=channels)

    def construct(self, points, point_mask, coords):
        pillar_feats = self.pfn(points, point_mask)
        # the pillar buffer is padded: drop pillars that received no point
        valid = point_mask.sum(axis=1) > 0
        keep = ops.nonzero(valid).squeeze(-1)
        pillar_feats = pillar_feats[keep]
        coords = coords[keep]
        flat_idx = coords[:, 0] * self.nx + coords[:, 1]
        canvas = ops.zeros((self.nx * self.ny, self.channels), ms.float32)
        canvas = ops.tensor_scatter_update(canvas, flat_idx.expand_dims(-1), pillar_feats)
        return canvas.T.reshape(1, self.channels, self.ny, self.nx)


def make():
    np.random.seed(0)
    num_pillars, pts_per_pillar = 12, 5
    points = Tensor(np.random.randn(num_pillars, pts_per_pillar, 4).astype(np.float32))
    mask = (np.random.rand(num_pillars, pts_per_pillar) > 0.4).astype(np.float32)
    mask[3] = 0
    mask[7] = 0
    cells = np.random.permutation(64)[:num_pillars]
    coords = np.stack([cells // 8, cells % 8], axis=1).astype(np.int32)
    return PointPillarScatter(), (points, Tensor(mask), Tensor(coords))
