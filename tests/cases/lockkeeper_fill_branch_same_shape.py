# case: if the chamber is near the target level damp the fill command, else use the full proportional command; both branches keep the curve shape -> if on tensor value with same-shape branches, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FillController(nn.Cell):
    def __init__(self, tolerance_m=0.1, gain=0.6, damping=0.2):
        super().__init__()
        self.tol = tolerance_m
        self.gain = gain
        self.damping = damping

    def construct(self, curve, target):
        gap = target - curve
        if ops.abs(gap[-1]) < self.tol:
            cmd = gap * self.damping
        else:
            cmd = gap * self.gain
        return ops.clip_by_value(cmd, -1.0, 1.0)


def make():
    np.random.seed(202)
    c = np.linspace(0.5, 5.0, 16).astype(np.float32)
    return FillController(), (Tensor(c), Tensor(np.float32(6.0)))
