# case: counting cell keeps the running animal total in a Parameter updated with ops.assign_add -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RunningAnimalCounter(nn.Cell):
    def __init__(self, density_scale=100.0):
        super().__init__()
        self.density_scale = density_scale
        self.total_seen = Parameter(Tensor(np.zeros((1,), np.float32)), name="total_seen", requires_grad=False)
        self.head = nn.Conv2d(4, 1, 1)

    def construct(self, feat_map):
        density = ops.relu(self.head(feat_map))
        count = (density.sum() / self.density_scale).reshape((1,))
        ops.assign_add(self.total_seen, count)
        return count, self.total_seen.value()


def make():
    np.random.seed(14)
    feat_map = Tensor(np.random.rand(1, 4, 8, 8).astype(np.float32))
    return RunningAnimalCounter(), (feat_map,)
