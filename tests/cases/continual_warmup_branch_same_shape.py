# case: curriculum warm-up branch on the step tensor rescales inputs, both branches keep the same shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarmupCurriculum(nn.Cell):
    def __init__(self, dim=6, n_cls=3, warmup_steps=200, easy_noise=0.05):
        super().__init__()
        self.net = nn.Dense(dim, n_cls)
        self.warmup_steps = warmup_steps
        self.easy_noise = easy_noise

    def smooth(self, x):
        return x * (1.0 - self.easy_noise) + x.mean(axis=0, keep_dims=True) * self.easy_noise

    def construct(self, x, y, step):
        if step < self.warmup_steps:
            x = self.smooth(x)
            weight = step.astype(ms.float32) / self.warmup_steps
        else:
            weight = ops.ones((), ms.float32)
        return weight * ops.cross_entropy(self.net(x), y)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(4, 6).astype(np.float32))
    y = Tensor(np.array([2, 0, 1, 1], dtype=np.int32))
    return WarmupCurriculum(), (x, y, Tensor(50, ms.int32))
