# case: sparse COO machine-by-event-code count matrix built from event logs and densified -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, COOTensor


class EventCooccurrence(nn.Cell):
    """Builds a sparse (machines x codes) matrix of event counts and projects it."""

    def __init__(self, num_machines=4, num_codes=6, embed=3):
        super().__init__()
        self.shape = (num_machines, num_codes)
        self.proj = nn.Dense(num_codes, embed, has_bias=False)

    def _sparse_counts(self, machine_idx, code_idx, counts):
        indices = ops.stack([machine_idx, code_idx], axis=1)
        return COOTensor(indices, counts, self.shape)

    def construct(self, machine_idx, code_idx, counts):
        sp = self._sparse_counts(machine_idx, code_idx, counts)
        dense = sp.to_dense()
        freq = dense / ops.maximum(dense.sum(axis=1, keepdims=True), ops.ones((1, 1), ms.float32))
        return self.proj(freq)


def make():
    m = np.array([0, 0, 1, 2, 2, 3], dtype=np.int32)
    c = np.array([1, 4, 0, 2, 5, 3], dtype=np.int32)
    n = np.array([3, 1, 2, 5, 1, 4], dtype=np.float32)
    return EventCooccurrence(), (Tensor(m), Tensor(c), Tensor(n))
