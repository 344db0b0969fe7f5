# case: synthon completion averages leaving-group atom embeddings by multiplying in a float mask and dividing by its sum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeavingGroupEncoder(nn.Cell):
    def __init__(self, hidden=10, n_groups=7):
        super().__init__()
        self.enc = nn.Dense(hidden, hidden)
        self.cls = nn.Dense(hidden, n_groups)

    def masked_mean(self, h, mask):
        w = mask.astype(h.dtype).expand_dims(-1)
        return (h * w).sum(axis=0, keepdims=True) / ops.maximum(w.sum(), 1.0)

    def construct(self, atom_h, is_lg):
        h = ops.relu(self.enc(atom_h))
        summary = self.masked_mean(h, is_lg)
        return ops.log_softmax(self.cls(summary), axis=-1)


def make():
    np.random.seed(17)
    atom_h = Tensor(np.random.randn(12, 10).astype(np.float32))
    is_lg = Tensor(np.array([0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0], dtype=np.bool_))
    return LeavingGroupEncoder(), (atom_h, is_lg)
