# case: curriculum augmentation whose strength ramps with a module-level global step counter incremented via `global` inside construct -> compile error at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

_AUG_STEP = 0


class CurriculumNoise(nn.Cell):
    def __init__(self, max_std=0.2, warmup_steps=100):
        super().__init__()
        self.max_std = max_std
        self.warmup_steps = warmup_steps
        self.head = nn.Dense(6, 2)

    def strength(self, step):
        return self.max_std * min(1.0, step / self.warmup_steps)

    def construct(self, x):
        global _AUG_STEP
        _AUG_STEP += 1
        std = self.strength(_AUG_STEP)
        x = x + ops.randn(x.shape) * std
        return self.head(x)


def make():
    np.random.seed(40)
    x = Tensor(np.random.rand(3, 6).astype(np.float32))
    return CurriculumNoise(), (x,)
