# case: splits a product into synthons by looping range(n_synthons) with n_synthons a tensor and collecting per-synthon pooled vectors in a list -> loop count from tensor value
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SynthonPooler(nn.Cell):
    def __init__(self, hidden=8):
        super().__init__()
        self.proj = nn.Dense(hidden, hidden)

    def pool_synthon(self, h, synthon_id, k):
        m = (synthon_id == k).astype(h.dtype).expand_dims(-1)
        return (h * m).sum(axis=0) / ops.maximum(m.sum(), 1.0)

    def construct(self, atom_h, synthon_id, n_synthons):
        h = ops.relu(self.proj(atom_h))
        pooled = []
        for k in range(n_synthons):
            pooled.append(self.pool_synthon(h, synthon_id, k))
        return ops.stack(pooled)


def make():
    np.random.seed(40)
    atom_h = Tensor(np.random.randn(9, 8).astype(np.float32))
    synthon_id = Tensor(np.array([0, 0, 0, 1, 1, 0, 2, 2, 1], np.int32))
    n = int(synthon_id.asnumpy().max()) + 1
    return SynthonPooler(), (atom_h, synthon_id, Tensor(n, ms.int32))
