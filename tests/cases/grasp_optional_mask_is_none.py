# case: force-closure scorer that accepts an optional per-contact validity mask, testing `mask is None` before applying it -> None test resolves at compile time, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForceClosureScore(nn.Cell):
    def __init__(self, mu=0.5):
        super().__init__()
        self.mu = mu

    def construct(self, normals, forces, mask=None):
        fn = (normals * forces).sum(axis=-1)
        ft = ops.norm(forces - fn.expand_dims(-1) * normals, dim=-1)
        slack = self.mu * fn - ft
        if mask is not None:
            slack = slack * mask
        return slack.min(), slack


def make():
    np.random.seed(28)
    n = np.random.randn(4, 3).astype(np.float32)
    n /= np.linalg.norm(n, axis=1, keepdims=True)
    f = Tensor(np.random.randn(4, 3).astype(np.float32))
    return ForceClosureScore(), (Tensor(n), f, None)
