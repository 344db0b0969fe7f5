# case: hard-negative mining collects off-diagonal pairs whose similarity exceeds a margin with ops.nonzero -> dynamic shape at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegativeMiner(nn.Cell):
    def __init__(self, dim=16, margin=0.2):
        super().__init__()
        self.img_proj = nn.Dense(dim, dim)
        self.txt_proj = nn.Dense(dim, dim)
        self.margin = margin

    def mine(self, sims):
        n = sims.shape[0]
        pos = ops.diagonal(sims).expand_dims(1)
        off_diag = 1 - ops.eye(n, n, ms.float32)
        violators = (sims * off_diag) > (pos - self.margin)
        pairs = ops.nonzero(violators)                   # (P, 2)
        return pairs, pos

    def construct(self, images, texts):
        sims = ops.matmul(self.img_proj(images), self.txt_proj(texts).T)
        pairs, pos = self.mine(sims)
        neg = ops.gather_nd(sims, pairs)
        anchor = ops.gather(pos.squeeze(1), pairs[:, 0], 0)
        return ops.relu(self.margin - anchor + neg).mean()


def make():
    np.random.seed(12)
    net = HardNegativeMiner()
    img = Tensor(np.random.randn(6, 16).astype(np.float32))
    txt = Tensor(np.random.randn(6, 16).astype(np.float32))
    return net, (img, txt)
