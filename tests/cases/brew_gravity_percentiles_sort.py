# case: summarises gravity readings across a cellar by sorting and picking fixed percentile positions computed from the static length -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CellarGravitySummary(nn.Cell):
    def __init__(self, percentiles=(0.1, 0.5, 0.9)):
        super().__init__()
        self.percentiles = percentiles

    def construct(self, sg_readings):
        sorted_sg, _ = ops.sort(sg_readings, axis=-1)
        n = sg_readings.shape[-1]
        picks = []
        for p in self.percentiles:
            idx = min(int(p * (n - 1) + 0.5), n - 1)
            picks.append(sorted_sg[:, idx])
        spread = sorted_sg[:, -1] - sorted_sg[:, 0]
        return ops.stack(picks, axis=-1), spread


def make():
    np.random.seed(39)
    sg = np.random.uniform(1.008, 1.050, size=(2, 15)).astype(np.float32)
    return CellarGravitySummary(), (Tensor(sg),)
