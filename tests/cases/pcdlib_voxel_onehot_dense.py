# case: dense voxel grid of fixed size from config: flat cell ids one-hot encoded and averaged with a matmul, empty cells masked by multiplication -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DenseVoxelConfig:
    grid_size = 4
    feat_channels = 8
    average = True


class DenseVoxeliser(nn.Cell):
    def __init__(self, config=None):
        super().__init__()
        config = config if config is not None else DenseVoxelConfig()
        self.grid = config.grid_size
        self.num_cells = config.grid_size ** 3
        self.average = config.average

    def _cell_ids(self, xyz):
        g = self.grid
        c = ops.clamp(ops.floor(xyz * g), 0, g - 1).astype(ms.int32)
        return c[..., 0] * g * g + c[..., 1] * g + c[..., 2]

    def construct(self, xyz, feats):
        ids = self._cell_ids(xyz)                                   # (B, N)
        onehot = ops.one_hot(ids, self.num_cells, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        summed = ops.matmul(onehot.transpose(0, 2, 1), feats)        # (B, G^3, C)
        count = onehot.sum(1).expand_dims(-1)                        # (B, G^3, 1)
        occupied = (count > 0).astype(ms.float32)
        if self.average:
            summed = summed / ops.maximum(count, 1.0)
        return summed * occupied, occupied.squeeze(-1)


def make():
    np.random.seed(3489)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    feats = Tensor(np.random.randn(2, 64, 8).astype(np.float32))
    return DenseVoxeliser(), (xyz, feats)
