# case: PointPillars pillar feature net keeps only the first num_voxels pillars (count from a voxeliser tensor) in a module helper -> slice length from tensor data should fail or go dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PillarConfig:
    def __init__(self, in_channels=9, out_channels=32, max_pillars=64, use_norm=True):
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.max_pillars = max_pillars
        self.use_norm = use_norm


def _valid_pillars(feats, num_voxels):
    # voxeliser pads up to max_pillars; drop the padded rows
    n = int(num_voxels)
    return feats[:n]


class PFNLayer(nn.Cell):
    def __init__(self, config, norm_layer=None):
        super().__init__()
        self.use_norm = config.use_norm
        self.linear = nn.Dense(config.in_channels, config.out_channels, has_bias=not self.use_norm)
        self.norm = norm_layer if norm_layer is not None else nn.LayerNorm((config.out_channels,))

    def construct(self, pillar_feats, num_voxels):
        feats = _valid_pillars(pillar_feats, num_voxels)
        x = self.linear(feats)
        if self.use_norm:
            x = self.norm(x)
        x = ops.relu(x)
        return x.max(axis=1)


def make():
    np.random.seed(3681)
    cfg = PillarConfig()
    net = PFNLayer(cfg)
    pillars = Tensor(np.random.randn(cfg.max_pillars, 20, cfg.in_channels).astype(np.float32))
    num_voxels = Tensor(np.array(41, dtype=np.int32))
    return net, (pillars, num_voxels)
