# case: milling toolpath checker tracks burr wear in a @ms.jit_class object whose counter is incremented inside construct -> graph mode should reject mutating the jit_class attribute
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BurrWear:
    def __init__(self, wear_per_mm=0.002):
        self.wear_per_mm = wear_per_mm
        self.total_mm = 0.0

    def radius_loss(self):
        return self.total_mm * self.wear_per_mm


class ToolpathLengthCheck(nn.Cell):
    def __init__(self, burr_radius=0.5):
        super().__init__()
        self.burr_radius = burr_radius
        self.wear = BurrWear()

    def construct(self, path_xyz):
        seg = path_xyz[1:] - path_xyz[:-1]
        length = ops.sqrt((seg * seg).sum(axis=-1)).sum()
        self.wear.total_mm = self.wear.total_mm + length
        eff_radius = self.burr_radius - self.wear.radius_loss()
        return length, eff_radius


def make():
    np.random.seed(324)
    path = np.cumsum(np.random.randn(120, 3).astype(np.float32) * 0.1, axis=0)
    return ToolpathLengthCheck(), (Tensor(path),)
