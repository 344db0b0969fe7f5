# case: convert domain-mean linear reflectivity Z to dBZ with math.log10 on a tensor inside construct -> math on tensor in graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MeanEchoDBZ(nn.Cell):
    def __init__(self, z_floor=1e-3):
        super().__init__()
        self.z_floor = z_floor

    def to_linear(self, dbz):
        return ops.pow(10.0, dbz / 10.0)

    def construct(self, dbz_field):
        z = self.to_linear(dbz_field)
        z_mean = z.mean()
        mean_dbz = 10.0 * math.log10(z_mean + self.z_floor)
        return dbz_field - mean_dbz


def make():
    np.random.seed(16)
    dbz = Tensor(np.random.uniform(0, 50, (8, 8)).astype(np.float32))
    return MeanEchoDBZ(), (dbz,)
