# case: PointPillars scatter drops the voxeliser's fixed padding rows with a slice length computed from pillar_feats.shape and writes pillars into a BEV canvas with tensor_scatter_update -> shape-only slice and fixed-size scatter should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ScatterConfig:
    def __init__(self, num_bev_features=16, grid_size=(24, 24), num_pad_pillars=4):
        self.num_bev_features = num_bev_features
        self.grid_size = grid_size
        self.num_pad_pillars = num_pad_pillars


def _strip_padding(feats, coords, num_pad):
    num_pillars = feats.shape[0] - num_pad
    return feats[:num_pillars], coords[:num_pillars]


class PointPillarScatter(nn.Cell):
    def __init__(self, config, batch_size=None):
        super().__init__()
        self.nx, self.ny = config.grid_size
        self.num_bev_features = config.num_bev_features
        self.num_pad = config.num_pad_pillars
        self.batch_size = batch_size

    def construct(self, pillar_feats, coords):
        feats, coords = _strip_padding(pillar_feats, coords, self.num_pad)
        flat_idx = (coords[:, 0] * self.nx + coords[:, 1]).reshape(-1, 1)
        canvas = ops.zeros((self.nx * self.ny, self.num_bev_features), pillar_feats.dtype)
        canvas = ops.tensor_scatter_update(canvas, flat_idx, feats)
        bev = canvas.T.reshape(1, self.num_bev_features, self.ny, self.nx)
        if self.batch_size is not None:
            bev = ops.tile(bev, (self.batch_size, 1, 1, 1))
        return bev


def make():
    np.random.seed(3702)
    cfg = ScatterConfig()
    flat = np.random.choice(24 * 24, 40, replace=False)
    coords = np.stack([flat // 24, flat % 24], 1).astype(np.int32)
    feats = np.random.randn(40, cfg.num_bev_features).astype(np.float32)
    return PointPillarScatter(cfg), (Tensor(feats), Tensor(coords))
