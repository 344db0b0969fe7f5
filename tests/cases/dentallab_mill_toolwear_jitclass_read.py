# case: milling toolpath checker reads constant burr parameters from a @ms.jit_class object built in __init__ without mutating it -> graph mode compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BurrSpec:
    def __init__(self, radius=0.5, wear_per_mm=0.002):
        self.radius = radius
        self.wear_per_mm = wear_per_mm

    def effective_radius(self, length_mm):
        return self.radius - length_mm * self.wear_per_mm


class ToolpathLengthCheck(nn.Cell):
    def __init__(self):
        super().__init__()
        self.spec = BurrSpec()

    def construct(self, path_xyz):
        seg = path_xyz[1:] - path_xyz[:-1]
        length = ops.sqrt((seg * seg).sum(axis=-1)).sum()
        eff_radius = self.spec.effective_radius(length)
        return length, eff_radius


def make():
    np.random.seed(325)
    path = np.cumsum(np.random.randn(120, 3).astype(np.float32) * 0.1, axis=0)
    return ToolpathLengthCheck(), (Tensor(path),)
