# case: inference cell that increments a module-level global frame counter and accumulates total motion in a global dict inside construct -> error (global state mutation in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAMES_PROCESSED = 0
STATS = {"motion": 0.0}


class CountingInterp(nn.Cell):
    def __init__(self):
        super().__init__()
        self.blend = nn.Conv2d(6, 3, 3, pad_mode="same")

    def construct(self, f0, f1):
        global FRAMES_PROCESSED
        FRAMES_PROCESSED = FRAMES_PROCESSED + f0.shape[0]
        STATS["motion"] = STATS["motion"] + ops.abs(f1 - f0).mean()
        mid = self.blend(ops.cat((f0, f1), axis=1))
        return 0.5 * (f0 + f1) + mid


def make():
    np.random.seed(27)
    f0 = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    f1 = Tensor(np.random.rand(2, 3, 8, 8).astype(np.float32))
    return CountingInterp(), (f0, f1)
