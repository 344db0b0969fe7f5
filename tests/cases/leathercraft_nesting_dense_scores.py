# case: cut-pattern nesting, pattern-to-hide-zone overlap matrix multiplied by zone quality and penalised for grain-direction mismatch -> dense matmul, Graph mode fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def grain_penalty(angle_deg, tolerance_deg=15.0):
    excess = ops.relu(ops.abs(angle_deg) - tolerance_deg)
    return ops.exp(-excess / 30.0)


class NestingScorer(nn.Cell):
    def __init__(self, use_grain_penalty=True):
        super().__init__()
        self.use_grain_penalty = use_grain_penalty

    def construct(self, overlap, zone_quality, grain_angle):
        score = ops.matmul(overlap, zone_quality).squeeze(-1)
        if self.use_grain_penalty:
            score = score * grain_penalty(grain_angle)
        return score


def make():
    np.random.seed(3090)
    overlap = ((np.random.rand(6, 10) > 0.6) * np.random.rand(6, 10)).astype(np.float32)
    quality = np.random.rand(10, 1).astype(np.float32)
    angle = (np.random.randn(6) * 20).astype(np.float32)
    return NestingScorer(), (Tensor(overlap), Tensor(quality), Tensor(angle))
