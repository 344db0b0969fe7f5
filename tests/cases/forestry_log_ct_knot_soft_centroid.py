# case: log CT scan computes knot centroid as density-weighted average over a fixed coordinate grid -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KnotCentroid(nn.Cell):
    """Weighted centroid of knot voxels using a fixed index grid built once."""

    def __init__(self, depth, height, width, knot_density=650.0):
        super().__init__()
        self.knot_density = knot_density
        z, y, x = np.meshgrid(np.arange(depth), np.arange(height), np.arange(width), indexing="ij")
        grid = np.stack([z, y, x], axis=-1).reshape(-1, 3).astype(np.float32)
        self.grid = Tensor(grid)

    def construct(self, volume):
        flat = volume.reshape(-1)
        weight = ops.relu(flat - self.knot_density)
        total = weight.sum() + 1e-6
        centroid = (self.grid * weight.expand_dims(1)).sum(axis=0) / total
        knot_fraction = (weight > 0).astype(ms.float32).mean()
        return centroid, knot_fraction


def make():
    np.random.seed(1)
    vol = np.random.normal(450, 120, (8, 12, 12)).astype(np.float32)
    return KnotCentroid(8, 12, 12), (Tensor(vol),)
