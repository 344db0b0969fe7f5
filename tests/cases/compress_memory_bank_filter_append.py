# case: memory-bank retrieval that keeps only bank entries whose similarity beats a threshold, appended in a Python loop over tensor conditions -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MemoryBankNeighbours(nn.Cell):
    def __init__(self, bank_size=6, dim=4, sim_thresh=0.0, temperature=0.1):
        super().__init__()
        bank = np.random.randn(bank_size, dim).astype(np.float32)
        bank /= np.linalg.norm(bank, axis=1, keepdims=True)
        self.bank = Parameter(Tensor(bank), name="memory_bank", requires_grad=False)
        self.bank_size = bank_size
        self.sim_thresh = sim_thresh
        self.t = temperature

    def _query(self, z):
        z = z / ops.norm(z)
        return ops.matmul(self.bank, z)

    def construct(self, z):
        sims = self._query(z)
        neighbours = []
        for i in range(self.bank_size):
            if sims[i] > self.sim_thresh:
                neighbours.append(self.bank[i])
        kept = ops.stack(neighbours)
        weights = ops.softmax(ops.matmul(kept, z) / self.t, axis=0)
        return (weights.reshape(-1, 1) * kept).sum(axis=0)


def make():
    np.random.seed(20)
    z = Tensor(np.random.randn(4).astype(np.float32))
    return MemoryBankNeighbours(), (z,)
