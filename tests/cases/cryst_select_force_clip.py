# case: clip per-atom force vectors whose norm exceeds max_force by rescaling through ops.select before a relaxation step -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ClippedRelaxStep(nn.Cell):
    def __init__(self, step=0.1, max_force=0.5):
        super().__init__()
        self.step = step
        self.max_force = max_force

    def clip_forces(self, forces):
        fnorm = ops.norm(forces, dim=-1, keepdim=True)
        scaled = forces * (self.max_force / (fnorm + 1e-12))
        too_big = ops.broadcast_to(fnorm > self.max_force, forces.shape)
        return ops.select(too_big, scaled, forces)

    def construct(self, pos, forces):
        return pos + self.step * self.clip_forces(forces)


def make():
    np.random.seed(30)
    pos = Tensor(np.random.rand(7, 3).astype(np.float32))
    forces = Tensor((np.random.randn(7, 3) * 0.6).astype(np.float32))
    return ClippedRelaxStep(), (pos, forces)
