# case: compute ground-track distance and delete the intermediate step tensor with del to save memory -> del statement in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GroundTrack(nn.Cell):
    def __init__(self):
        super().__init__()

    def construct(self, east_m, north_m):
        steps = ops.stack((east_m[1:] - east_m[:-1], north_m[1:] - north_m[:-1]), axis=-1)
        dist = ops.norm(steps, dim=-1).sum()
        del steps
        return dist


def make():
    np.random.seed(161)
    e = Tensor(np.cumsum(np.random.rand(25) * 30).astype(np.float32))
    n = Tensor(np.cumsum(np.random.randn(25) * 10).astype(np.float32))
    return GroundTrack(), (e, n)
