# case: keep only the assay intervals above the logged oxide/sulphide boundary, slicing with a depth index taken from the data -> slice length comes from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

INTERVAL_M = 1.5


class OxideZoneGrade(nn.Cell):
    def __init__(self, interval_m=INTERVAL_M):
        super().__init__()
        self.interval_m = interval_m

    def boundary_index(self, boundary_depth_m):
        return (boundary_depth_m / self.interval_m).astype(ms.int32)

    def construct(self, assays, boundary_depth_m):
        n_ox = self.boundary_index(boundary_depth_m)
        oxide = assays[:n_ox]
        weights = ops.ones_like(oxide) * self.interval_m
        return (oxide * weights).sum() / weights.sum()


def make():
    np.random.seed(61)
    assays = np.random.lognormal(-0.7, 0.5, size=(60,)).astype(np.float32)
    boundary = np.array(27.0, dtype=np.float32)
    return OxideZoneGrade(), (Tensor(assays), Tensor(boundary))
