# case: mixture stop breakback planner imports math inside construct to compute the repeat point ratio -> import statement in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MixtureBreakback(nn.Cell):
    """Plan the breakback of a IV-rank Mixture: pitches per key for each rank."""

    def __init__(self, n_keys=56, ranks=(19, 22, 26, 29)):
        super().__init__()
        self.ranks = Tensor(np.array(ranks, dtype=np.float32))
        self.key_idx = Tensor(np.arange(n_keys, dtype=np.float32))
        self.break_every = 12.0

    def construct(self, base_pitch):
        import math
        octave = math.floor(12.0 / self.break_every)
        breaks = ops.floor(self.key_idx / self.break_every)
        pitch = self.ranks.reshape(1, -1) - octave * breaks.reshape(-1, 1) * 12.0
        pitch = ops.maximum(pitch, self.ranks.min() - 12.0)
        return base_pitch + pitch


def make():
    np.random.seed(343)
    base = Tensor(np.float32(36.0))
    return MixtureBreakback(), (base,)
