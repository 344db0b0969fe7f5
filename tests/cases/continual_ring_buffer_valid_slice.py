# case: ring-buffer replay returns only the filled part via buf[:n_valid] with n_valid from a Parameter -> dynamic shape at line 38
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class RingReplay(nn.Cell):
    """Keeps the last `capacity` feature vectors inside the model."""

    def __init__(self, capacity=16, dim=8):
        super().__init__()
        self.capacity = capacity
        self.buffer = Parameter(ops.zeros((capacity, dim), ms.float32), name="buffer", requires_grad=False)
        self.write_ptr = Parameter(Tensor(0, ms.int32), name="write_ptr", requires_grad=False)
        self.num_seen = Parameter(Tensor(0, ms.int32), name="num_seen", requires_grad=False)

    def _push(self, feats):
        n = feats.shape[0]
        slots = (self.write_ptr + ops.arange(n, dtype=ms.int32)) % self.capacity
        ops.scatter_update(self.buffer, slots, feats)
        ops.assign(self.write_ptr, (self.write_ptr + n) % self.capacity)
        ops.assign(self.num_seen, self.num_seen + n)
        return slots

    def construct(self, feats):
        self._push(feats)
        n_valid = ops.minimum(self.num_seen, self.capacity)
        return self.buffer, n_valid


class ReplayReader(nn.Cell):
    def __init__(self, capacity=16, dim=8):
        super().__init__()
        self.replay = RingReplay(capacity, dim)

    def construct(self, feats):
        buf, n_valid = self.replay(feats)
        filled = buf[:n_valid]
        return filled.mean(axis=0)


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(4, 8).astype(np.float32))
    return ReplayReader(), (feats,)
