# case: sleeve blending weight computed with math.cos of float() of the elbow angle tensor -> float()/math on a tensor value in graph
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SleeveBlender(nn.Cell):
    """Blends warped sleeve with the original arm depending on elbow bend."""

    def __init__(self, sharpness=2.0):
        super().__init__()
        self.sharpness = sharpness

    def elbow_angle(self, shoulder, elbow, wrist):
        u = shoulder - elbow
        v = wrist - elbow
        cos = (u * v).sum() / (ops.norm(u) * ops.norm(v) + 1e-6)
        return ops.acos(ops.clamp(cos, -1.0, 1.0))

    def construct(self, warped, arm, shoulder, elbow, wrist):
        angle = float(self.elbow_angle(shoulder, elbow, wrist))
        w = 0.5 * (1.0 + math.cos(angle)) ** self.sharpness
        return w * warped + (1.0 - w) * arm


def make():
    np.random.seed(10)
    warped = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    arm = Tensor(np.random.rand(3, 8, 8).astype(np.float32))
    s, e, w = (Tensor(np.random.rand(2).astype(np.float32)) for _ in range(3))
    return SleeveBlender(), (warped, arm, s, e, w)
