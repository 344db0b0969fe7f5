# case: "sparse" middle encoder (SECOND-style naming) densifies voxel features with ops.scatter_nd into a sparse_shape taken from config, then runs a strided conv -> dense scatter with constant shape, no sparse tensors; should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SparseEncoderConfig:
    def __init__(self, in_channels=4, sparse_shape=(2, 16, 16), base_channels=8, output_channels=16):
        self.in_channels = in_channels
        self.sparse_shape = sparse_shape
        self.base_channels = base_channels
        self.output_channels = output_channels


class SparseMiddleEncoder(nn.Cell):
    def __init__(self, config, norm_cfg=None):
        super().__init__()
        self.sparse_shape = tuple(config.sparse_shape)
        self.in_channels = config.in_channels
        depth = self.sparse_shape[0]
        self.conv_in = nn.Conv2d(config.in_channels * depth, config.base_channels, 3, pad_mode="same", has_bias=True)
        self.conv_out = nn.Conv2d(config.base_channels, config.output_channels, 3, stride=2, pad_mode="same", has_bias=True)
        self.norm = nn.BatchNorm2d(config.output_channels) if norm_cfg is not None else nn.Identity()

    def _sparse_to_dense(self, voxel_feats, voxel_coords):
        dense = ops.scatter_nd(voxel_coords, voxel_feats, self.sparse_shape + (self.in_channels,))
        d, h, w = self.sparse_shape
        return dense.transpose(0, 3, 1, 2).reshape(1, d * self.in_channels, h, w)

    def construct(self, voxel_feats, voxel_coords):
        x = self._sparse_to_dense(voxel_feats, voxel_coords)
        x = ops.relu(self.conv_in(x))
        return self.norm(self.conv_out(x))


def make():
    np.random.seed(3709)
    flat = np.random.choice(2 * 16 * 16, 50, replace=False)
    coords = np.stack([flat // 256, (flat // 16) % 16, flat % 16], 1).astype(np.int32)
    feats = np.random.randn(50, 4).astype(np.float32)
    return SparseMiddleEncoder(SparseEncoderConfig()), (Tensor(feats), Tensor(coords))
