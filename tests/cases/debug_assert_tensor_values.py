# case: attention-pooling head with a Python assert on tensor values (mask.sum() > 0 per row) left in construct; expect error at STRICT, LAX may compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

EMBED_DIM = 32


class AttnPool(nn.Cell):
    def __init__(self, dim=EMBED_DIM, num_heads=4):
        super().__init__()
        self.dim = dim
        self.heads = num_heads
        self.query = nn.Dense(dim, num_heads)
        self.proj = nn.Dense(dim, dim)

    def construct(self, x, mask):
        assert x.shape[-1] == self.dim
        assert (mask.sum(axis=1) > 0).all(), "every row needs at least one valid token"
        logits = self.query(x)
        logits = ops.masked_fill(logits, (mask == 0).expand_dims(-1), -1e4)
        w = ops.softmax(logits, axis=1)
        pooled = ops.bmm(w.transpose(0, 2, 1), x)
        return self.proj(pooled.mean(axis=1))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pool = AttnPool()
        self.cls = nn.Dense(EMBED_DIM, 3)

    def construct(self, x, mask):
        return self.cls(self.pool(x, mask))


def make():
    x = Tensor(np.random.randn(2, 7, EMBED_DIM).astype(np.float32))
    mask = np.ones((2, 7), np.int32)
    mask[1, 5:] = 0
    return Net(), (x, Tensor(mask))
