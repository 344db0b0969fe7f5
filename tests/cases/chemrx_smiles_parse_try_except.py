# case: candidate validity check wraps a division-based ring-closure score in try/except ZeroDivisionError inside construct -> try statement in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RingClosureValidity(nn.Cell):
    def __init__(self, fallback=0.0):
        super().__init__()
        self.fallback = fallback

    def construct(self, ring_bonds, open_bonds):
        closed = ring_bonds.sum(axis=-1)
        total = closed + open_bonds.sum(axis=-1)
        try:
            ratio = closed / total
        except ZeroDivisionError:
            ratio = ops.full_like(closed, self.fallback)
        return ops.clip_by_value(ratio, 0.0, 1.0)


def make():
    np.random.seed(26)
    ring = Tensor(np.random.randint(0, 2, size=(4, 6)).astype(np.float32))
    open_b = Tensor(np.random.randint(1, 3, size=(4, 6)).astype(np.float32))
    return RingClosureValidity(), (ring, open_b)
