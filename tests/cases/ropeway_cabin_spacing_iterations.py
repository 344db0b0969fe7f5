# case: relax cabin positions toward even spacing for as many iterations as the tensor says (for over range(int(tensor))) -> loop count from data, Graph mode error or dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def shift_ring(x, k):
    """Circular shift along the cabin axis: result[i] = x[(i + k) % n]."""
    return ops.concat((x[k:], x[:k]), axis=0)


class SpacingRelaxer(nn.Cell):
    def __init__(self, loop_length=2800.0, gain=0.3):
        super().__init__()
        self.loop_length = loop_length
        self.gain = gain

    def step(self, pos):
        nxt = shift_ring(pos, 1)
        prv = shift_ring(pos, -1)
        gap_ahead = ops.fmod(nxt - pos + self.loop_length, self.loop_length)
        gap_behind = ops.fmod(pos - prv + self.loop_length, self.loop_length)
        return pos + self.gain * 0.5 * (gap_ahead - gap_behind)

    def construct(self, positions, n_iter):
        pos = positions
        for _ in range(int(n_iter)):
            pos = self.step(pos)
        return ops.fmod(pos, self.loop_length)


def make():
    np.random.seed(33)
    p = np.sort(np.random.uniform(0, 2800, size=16)).astype(np.float32)
    return SpacingRelaxer(), (Tensor(p), Tensor(5, ms.int32))
