# case: counting cell accumulates the number of animals seen so far by writing self.total_seen inside construct -> error or side effect: attribute write on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RunningAnimalCounter(nn.Cell):
    def __init__(self, density_scale=100.0):
        super().__init__()
        self.density_scale = density_scale
        self.total_seen = 0.0
        self.frames_seen = 0
        self.head = nn.Conv2d(4, 1, 1)

    def construct(self, feat_map):
        density = ops.relu(self.head(feat_map))
        count = density.sum() / self.density_scale
        self.total_seen = self.total_seen + count
        self.frames_seen = self.frames_seen + 1
        return count, self.total_seen


def make():
    np.random.seed(14)
    feat_map = Tensor(np.random.rand(1, 4, 8, 8).astype(np.float32))
    return RunningAnimalCounter(), (feat_map,)
