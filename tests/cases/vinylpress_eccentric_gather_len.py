# case: off-centre pressing check gathers the run-out radius at the first n angles where n is the count of out-of-tolerance readings -> gather indices sliced by tensor-derived length, expect error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EccentricityCheck(nn.Cell):
    def __init__(self, n_angles=180, tol_mm=0.15):
        super().__init__()
        self.tol_mm = tol_mm
        self.angle_idx = Tensor(np.arange(n_angles, dtype=np.int32))

    def construct(self, runout_radius):
        centre = runout_radius.mean()
        dev = ops.abs(runout_radius - centre)
        n_bad = (dev > self.tol_mm).astype(ms.int32).sum()
        order = ops.argsort(-dev)
        picked = ops.gather(runout_radius, order[:n_bad], 0)
        return picked, n_bad


def make():
    np.random.seed(141)
    r = (60.0 + 0.2 * np.sin(np.linspace(0, 2 * np.pi, 180))).astype(np.float32)
    return EccentricityCheck(), (Tensor(r),)
