# case: per-machine normalisation with unsorted_segment ops sized by a fleet-size constant from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FleetConfig:
    num_machines = 6
    eps = 1e-5
    clip = 5.0


class FleetNormaliser(nn.Cell):
    def __init__(self, cfg=FleetConfig()):
        super().__init__()
        self.num_machines = cfg.num_machines
        self.eps = cfg.eps
        self.clip = cfg.clip

    def _segment_moments(self, x, ids):
        count = ops.unsorted_segment_sum(ops.ones_like(x), ids, self.num_machines)
        count = ops.maximum(count, ops.ones_like(count))
        mean = ops.unsorted_segment_sum(x, ids, self.num_machines) / count
        sq = ops.unsorted_segment_sum(x * x, ids, self.num_machines) / count
        return mean, ops.sqrt(ops.relu(sq - mean * mean) + self.eps)

    def construct(self, x, ids):
        # x: (n, features), ids: (n,) in [0, num_machines)
        mean, std = self._segment_moments(x, ids)
        z = (x - ops.gather(mean, ids, 0)) / ops.gather(std, ids, 0)
        return ops.clamp(z, -self.clip, self.clip)


def make():
    np.random.seed(6)
    x = np.random.randn(20, 3).astype(np.float32)
    ids = np.random.randint(0, 6, size=(20,)).astype(np.int32)
    return FleetNormaliser(), (Tensor(x), Tensor(ids))
