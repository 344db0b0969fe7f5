# case: visit attention that keeps the top-k visits where k is the number of non-padded visits of the batch -> dynamic shape at line 27
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VisitAttention(nn.Cell):
    def __init__(self, dim=16, temperature=1.0):
        super().__init__()
        self.score = nn.Dense(dim, 1)
        self.temperature = temperature

    def construct(self, visits, visit_mask):
        logits = self.score(visits).squeeze(-1) / self.temperature
        logits = logits + (1.0 - visit_mask) * -1e9
        return logits


class TopVisitsReadout(nn.Cell):
    def __init__(self, dim=16, n_classes=3):
        super().__init__()
        self.attn = VisitAttention(dim)
        self.out = nn.Dense(dim, n_classes)

    def select_visits(self, visits, logits, visit_mask):
        k = ops.cast(visit_mask.sum(-1).min(), ms.int32)
        top_logits, top_idx = ops.topk(logits, k)
        weights = ops.softmax(top_logits, -1)
        picked = ops.gather_elements(visits, 1, top_idx.expand_dims(-1).broadcast_to(top_idx.shape + (visits.shape[-1],)))
        return (picked * weights.expand_dims(-1)).sum(1)

    def construct(self, visits, visit_mask):
        logits = self.attn(visits, visit_mask)
        return self.out(self.select_visits(visits, logits, visit_mask))


def make():
    np.random.seed(12)
    visits = Tensor(np.random.randn(3, 6, 16).astype(np.float32))
    mask = np.ones((3, 6), np.float32)
    mask[0, 4:] = 0
    mask[2, 5:] = 0
    return TopVisitsReadout(), (visits, Tensor(mask))
