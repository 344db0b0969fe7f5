# case: reservoir sampling draws the replacement slot with np.random on seen.asnumpy() inside construct -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ReservoirMemory(nn.Cell):
    """Classic reservoir sampling (Vitter's algorithm R) over incoming examples."""

    def __init__(self, capacity=8, dim=6, seed=0):
        super().__init__()
        self.capacity = capacity
        self.memory = Parameter(ops.zeros((capacity, dim), ms.float32), name="memory", requires_grad=False)
        self.seen = Parameter(Tensor(0, ms.int32), name="seen", requires_grad=False)
        self.rng_seed = seed

    def _slot_for(self, seen):
        # slot in [0, seen]; kept only if it falls inside the memory
        return np.random.randint(0, seen + 1)

    def construct(self, x):
        for i in range(x.shape[0]):
            if self.seen < self.capacity:
                slot = self.seen
            else:
                slot = Tensor(self._slot_for(int(self.seen.asnumpy())), ms.int32)
            if slot < self.capacity:
                self.memory[slot] = x[i]
            ops.assign(self.seen, self.seen + 1)
        return self.memory.mean(axis=0)


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(12, 6).astype(np.float32))
    return ReservoirMemory(), (x,)
