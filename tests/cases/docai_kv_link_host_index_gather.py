# case: key-value linker pulls argmax link indices to the host with .tolist(), rebuilds an index Tensor from the list and gathers linked values -> error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeyValueGatherLinker(nn.Cell):
    def __init__(self, dim=16):
        super().__init__()
        self.key_proj = nn.Dense(dim, dim)
        self.val_proj = nn.Dense(dim, dim)

    def link_scores(self, key_emb, val_emb):
        return ops.matmul(self.key_proj(key_emb), self.val_proj(val_emb).T)

    def construct(self, key_emb, val_emb):
        best = self.link_scores(key_emb, val_emb).argmax(axis=1).tolist()
        idx = Tensor(best, ms.int32)
        linked = ops.gather(val_emb, idx, 0)
        return ops.concat([key_emb, linked], axis=1)


def make():
    np.random.seed(50)
    keys = Tensor(np.random.randn(5, 16).astype(np.float32))
    vals = Tensor(np.random.randn(7, 16).astype(np.float32))
    return KeyValueGatherLinker(), (keys, vals)
