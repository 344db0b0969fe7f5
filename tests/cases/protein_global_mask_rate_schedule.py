# case: masking cell that reads and increments a module-level global step counter to anneal the masking rate -> error or constant-folded global in graph mode (global state mutation)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

GLOBAL_STEP = 0
MASK_TOKEN = 24


class AnnealedMasker(nn.Cell):
    def __init__(self, start_rate=0.3, end_rate=0.15, warmup=100):
        super().__init__()
        self.start_rate = start_rate
        self.end_rate = end_rate
        self.warmup = warmup

    def construct(self, tokens, noise):
        global GLOBAL_STEP
        frac = min(GLOBAL_STEP / self.warmup, 1.0)
        rate = self.start_rate + (self.end_rate - self.start_rate) * frac
        GLOBAL_STEP += 1
        mask = noise < rate
        return ops.where(mask, ops.full_like(tokens, MASK_TOKEN), tokens), mask


def make():
    np.random.seed(29)
    tokens = Tensor(np.random.randint(4, 24, (2, 16)).astype(np.int32))
    noise = Tensor(np.random.rand(2, 16).astype(np.float32))
    return AnnealedMasker(), (tokens, noise)
