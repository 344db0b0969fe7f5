# case: mean height of vegetation-free LiDAR points computed by multiplying a fixed-size float mask and dividing by its count -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BareEarthStats(nn.Cell):
    def __init__(self, ground_class=2):
        super().__init__()
        self.ground_class = ground_class

    def construct(self, points, classification):
        is_ground = (classification == self.ground_class).astype(ms.float32)
        n = ops.maximum(is_ground.sum(), 1.0)
        z = points[:, 2]
        mean_z = (z * is_ground).sum() / n
        var_z = (((z - mean_z) ** 2) * is_ground).sum() / n
        return mean_z, ops.sqrt(var_z)


def make():
    np.random.seed(38)
    pts = Tensor(np.random.rand(50, 3).astype(np.float32))
    cls = Tensor(np.random.choice([1, 2, 5], size=50).astype(np.int32))
    return BareEarthStats(), (pts, cls)
