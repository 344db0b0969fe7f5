# case: PointPillars scatter that routes padded pillars to an extra dump cell of a fixed-size canvas and slices it off -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PillarVFE(nn.Cell):
    def __init__(self, in_channels=4, out_channels=16):
        super().__init__()
        self.linear = nn.Dense(in_channels, out_channels, has_bias=False)
        self.norm = nn.LayerNorm((out_channels,))

    def construct(self, points, mask):
        feats = ops.relu(self.norm(self.linear(points)))
        feats = ops.where(mask.expand_dims(-1) > 0, feats, ops.zeros_like(feats))
        return feats.max(axis=1)


class FixedCanvasScatter(nn.Cell):
    def __init__(self, channels=16, grid_x=8, grid_y=8):
        super().__init__()
        self.channels = channels
        self.nx = grid_x
        self.ny = grid_y
        self.vfe = PillarVFE(out_channels=channels)

    def construct(self, points, point_mask, coords):
        feats = self.vfe(points, point_mask)
        valid = point_mask.sum(axis=1) > 0
        num_cells = self.nx * self.ny
        flat_idx = coords[:, 0] * self.nx + coords[:, 1]
        flat_idx = ops.where(valid, flat_idx, ops.full_like(flat_idx, num_cells))
        canvas = ops.zeros((num_cells + 1, self.channels), ms.float32)
        canvas = ops.tensor_scatter_update(canvas, flat_idx.expand_dims(-1), feats)
        canvas = canvas[:num_cells]
        return canvas.T.reshape(1, self.channels, self.ny, self.nx)


def make():
    np.random.seed(21)
    points = Tensor(np.random.randn(10, 5, 4).astype(np.float32))
    mask = (np.random.rand(10, 5) > 0.3).astype(np.float32)
    mask[2] = 0
    cells = np.random.permutation(64)[:10]
    coords = np.stack([cells // 8, cells % 8], axis=1).astype(np.int32)
    return FixedCanvasScatter(), (points, Tensor(mask), Tensor(coords))
