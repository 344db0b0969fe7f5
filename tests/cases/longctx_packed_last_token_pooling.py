# case: sequence classifier over packed sequences that pools the last token of each sequence by gathering at cu_seqlens[1:] - 1 (index count fixed by the batch shape) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PackedLastTokenClassifier(nn.Cell):
    def __init__(self, dim=8, num_classes=3, pool="last"):
        super().__init__()
        self.pool = pool
        self.norm = nn.LayerNorm((dim,))
        self.head = nn.Dense(dim, num_classes)

    def pool_last(self, hidden, cu_seqlens):
        last = cu_seqlens[1:] - 1
        return ops.gather(hidden, last, 0)

    def pool_first(self, hidden, cu_seqlens):
        return ops.gather(hidden, cu_seqlens[:-1], 0)

    def construct(self, hidden, cu_seqlens):
        hidden = self.norm(hidden)
        if self.pool == "last":
            pooled = self.pool_last(hidden, cu_seqlens)
        else:
            pooled = self.pool_first(hidden, cu_seqlens)
        return self.head(pooled)


def make():
    np.random.seed(36)
    hidden = Tensor(np.random.randn(11, 8).astype(np.float32))
    cu = Tensor(np.array([0, 4, 6, 11], dtype=np.int32))
    return PackedLastTokenClassifier(), (hidden, cu)
