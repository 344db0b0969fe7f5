# case: triplet loss with the single hardest in-batch negative per query picked by argmax over a masked similarity matrix and gathered -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardestNegativeTripletLoss(nn.Cell):
    def __init__(self, margin=0.2, distance="cosine"):
        super().__init__()
        self.margin = margin
        self.distance = distance

    def similarity(self, a, b):
        if self.distance == "cosine":
            a = ops.L2Normalize(axis=-1)(a)
            b = ops.L2Normalize(axis=-1)(b)
        return ops.matmul(a, b.T)

    def construct(self, anchors, positives):
        sims = self.similarity(anchors, positives)
        n = sims.shape[0]
        diag_mask = ops.eye(n, n, ms.float32)
        masked = sims - 1e4 * diag_mask
        hardest = ops.argmax(masked, dim=1)
        hard_emb = ops.gather(positives, hardest, 0)
        pos_sim = ops.diagonal(sims)
        neg_sim = ops.gather_elements(sims, 1, hardest.reshape(-1, 1)).squeeze(1)
        loss = ops.relu(self.margin - pos_sim + neg_sim).mean()
        return loss, hard_emb


def make():
    np.random.seed(36)
    a = Tensor(np.random.randn(6, 10).astype(np.float32))
    p = Tensor(np.random.randn(6, 10).astype(np.float32))
    return HardestNegativeTripletLoss(), (a, p)
