# case: vectorised reservoir update: random slot per row and acceptance mask, applied with ops.select on a fixed-size memory -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class VectorReservoir(nn.Cell):
    def __init__(self, capacity=6, dim=3):
        super().__init__()
        self.capacity = capacity
        self.memory = Parameter(ops.zeros((capacity, dim), ms.float32), name="memory", requires_grad=False)
        self.seen = Parameter(Tensor(0.0, ms.float32), name="seen", requires_grad=False)

    def _accept(self, u, n):
        seen_i = self.seen + ops.arange(n).astype(ms.float32) + 1.0
        return u < (self.capacity / seen_i)

    def construct(self, x, u, slot_u):
        n = x.shape[0]
        accept = self._accept(u, n)
        slots = ops.floor(slot_u * self.capacity).astype(ms.int32)
        onehot = ops.one_hot(slots, self.capacity, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        onehot = onehot * accept.astype(ms.float32).expand_dims(1)
        hit = onehot.sum(0) > 0
        incoming = ops.matmul(onehot.T, x) / ops.maximum(onehot.sum(0), 1.0).expand_dims(1)
        new_mem = ops.select(hit.expand_dims(1).broadcast_to(self.memory.shape), incoming, self.memory)
        ops.assign(self.memory, new_mem)
        ops.assign(self.seen, self.seen + n)
        return new_mem


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(8, 3).astype(np.float32))
    u = Tensor(np.random.rand(8).astype(np.float32))
    su = Tensor(np.random.rand(8).astype(np.float32))
    return VectorReservoir(), (x, u, su)
