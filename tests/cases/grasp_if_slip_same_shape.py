# case: slip detector that branches on whether the tangential-to-normal force ratio exceeds mu, both branches returning a same-shaped grip force command -> tensor-conditioned if with matching shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlipCompensator(nn.Cell):
    def __init__(self, mu=0.5, boost=1.2, relax=0.98):
        super().__init__()
        self.mu = mu
        self.boost = boost
        self.relax = relax

    def construct(self, normal_force, tangential_force, grip_cmd):
        ratio = tangential_force / (normal_force + 1e-6)
        if ratio.max() > self.mu:
            new_cmd = grip_cmd * self.boost
        else:
            new_cmd = grip_cmd * self.relax
        return ops.clamp(new_cmd, 0.0, 20.0)


def make():
    np.random.seed(38)
    fn = Tensor((np.random.rand(2) * 5 + 1).astype(np.float32))
    ft = Tensor((np.random.rand(2) * 3).astype(np.float32))
    cmd = Tensor(np.array([5.0, 5.0], np.float32))
    return SlipCompensator(), (fn, ft, cmd)
