# case: clips pen velocities at the 95th percentile computed with np.percentile on the tensor inside construct -> NumPy call on tensor data in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VelocityClipper(nn.Cell):
    def __init__(self, q=95.0):
        super().__init__()
        self.q = q

    def construct(self, points):
        vel = points[1:, :2] - points[:-1, :2]
        speed = ops.sqrt((vel ** 2).sum(-1))
        cap = np.percentile(speed.asnumpy(), self.q)
        ratio = ops.clamp(Tensor(cap, ms.float32) / (speed + 1e-6), max=1.0)
        return vel * ratio.reshape(-1, 1)


def make():
    np.random.seed(20)
    pts = np.cumsum(np.random.randn(16, 3), 0).astype(np.float32)
    return VelocityClipper(), (Tensor(pts),)
