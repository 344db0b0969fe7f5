# case: ring-buffer replay writes a batch at (ptr + arange) % capacity with scatter_update and returns the full buffer plus a validity mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EpisodicRing(nn.Cell):
    def __init__(self, capacity=12, dim=5, normalize=True):
        super().__init__()
        self.capacity = capacity
        self.normalize = normalize
        self.mem = Parameter(ops.zeros((capacity, dim), ms.float32), name="mem", requires_grad=False)
        self.ptr = Parameter(Tensor(0, ms.int32), name="ptr", requires_grad=False)
        self.filled = Parameter(Tensor(0, ms.int32), name="filled", requires_grad=False)

    def _write(self, items):
        n = items.shape[0]
        pos = (self.ptr + ops.arange(n, dtype=ms.int32)) % self.capacity
        ops.scatter_update(self.mem, pos, items)
        ops.assign(self.ptr, (self.ptr + n) % self.capacity)
        ops.assign(self.filled, ops.minimum(self.filled + n, self.capacity))

    def valid_mask(self):
        return (ops.arange(self.capacity, dtype=ms.int32) < self.filled).astype(ms.float32)

    def construct(self, items):
        if self.normalize:
            items = items / (ops.norm(items, dim=-1, keepdim=True) + 1e-6)
        self._write(items)
        mask = self.valid_mask()
        mean = (self.mem * mask.expand_dims(1)).sum(0) / ops.maximum(mask.sum(), 1.0)
        return self.mem, mean


def make():
    np.random.seed(0)
    items = Tensor(np.random.randn(5, 5).astype(np.float32))
    return EpisodicRing(), (items,)
