# case: synthon completion picks leaving-group atom embeddings with a boolean mask index atom_h[is_lg] -> dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeavingGroupEncoder(nn.Cell):
    def __init__(self, hidden=10, n_groups=7):
        super().__init__()
        self.enc = nn.Dense(hidden, hidden)
        self.cls = nn.Dense(hidden, n_groups)

    def construct(self, atom_h, is_lg):
        h = ops.relu(self.enc(atom_h))
        lg_h = h[is_lg]
        summary = lg_h.mean(axis=0, keep_dims=True)
        return ops.log_softmax(self.cls(summary), axis=-1)


def make():
    np.random.seed(16)
    atom_h = Tensor(np.random.randn(12, 10).astype(np.float32))
    is_lg = Tensor(np.array([0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0], dtype=np.bool_))
    return LeavingGroupEncoder(), (atom_h, is_lg)
