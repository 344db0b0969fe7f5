# case: nearest-neighbour lookup over a memory bank where k is passed in as a tensor and converted with int() -> compile error at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class MemoryBankKNN(nn.Cell):
    def __init__(self, bank_size=64, dim=16, seed=0):
        super().__init__()
        rng = np.random.RandomState(seed)
        bank = rng.randn(bank_size, dim).astype(np.float32)
        bank /= np.linalg.norm(bank, axis=1, keepdims=True)
        self.bank = Parameter(Tensor(bank), name="bank", requires_grad=False)
        self.bank_ids = Parameter(Tensor(np.arange(bank_size, dtype=np.int32) * 10),
                                  name="bank_ids", requires_grad=False)

    def _normalize(self, x):
        return x / ops.sqrt((x * x).sum(axis=-1, keepdims=True) + 1e-6)

    def _lookup(self, idx):
        flat = idx.reshape(-1)
        ids = ops.gather(self.bank_ids, flat, 0)
        return ids.reshape(idx.shape)

    def construct(self, queries, k):
        scores = ops.matmul(self._normalize(queries), self.bank.T)
        top_scores, top_idx = ops.topk(scores, int(k))
        return top_scores, self._lookup(top_idx)


def make():
    np.random.seed(2)
    queries = Tensor(np.random.randn(3, 16).astype(np.float32))
    return MemoryBankKNN(), (queries, Tensor(5, ms.int32))
