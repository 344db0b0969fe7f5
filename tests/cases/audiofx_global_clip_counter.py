# case: clip-level limiter increments a module-level global counter of clipped samples inside construct -> error (global state mutation in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CLIPPED_TOTAL = 0


class HardLimiter(nn.Cell):
    def __init__(self, ceiling=0.5):
        super().__init__()
        self.ceiling = ceiling

    def construct(self, audio):
        global CLIPPED_TOTAL
        over = (ops.abs(audio) > self.ceiling).astype(ms.int32).sum()
        CLIPPED_TOTAL = CLIPPED_TOTAL + over
        return ops.clamp(audio, -self.ceiling, self.ceiling), over


def make():
    np.random.seed(24)
    audio = Tensor((0.4 * np.random.randn(2, 48)).astype(np.float32))
    return HardLimiter(), (audio,)
