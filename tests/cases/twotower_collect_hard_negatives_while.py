# case: scans candidates in a while loop until num_neg hard negatives (score above margin) are collected, growing a tensor with concat -> loop condition on tensor data and a growing shape, error or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HardNegativeCollector(nn.Cell):
    def __init__(self, num_neg=3, margin=0.0):
        super().__init__()
        self.num_neg = num_neg
        self.margin = margin

    def construct(self, user_vec, cand_emb):
        scores = ops.matmul(cand_emb, user_vec)
        negs = cand_emb[0:1]
        count = 1
        i = 1
        while count < self.num_neg and i < cand_emb.shape[0]:
            if scores[i] > self.margin:
                negs = ops.concat((negs, cand_emb[i:i + 1]), axis=0)
                count += 1
            i += 1
        neg_scores = ops.matmul(negs, user_vec)
        return ops.logsumexp(neg_scores, dim=0)


class SampledLoss(nn.Cell):
    def __init__(self):
        super().__init__()
        self.collector = HardNegativeCollector()

    def construct(self, user_vec, pos_vec, cand_emb):
        pos = (user_vec * pos_vec).sum()
        neg_lse = self.collector(user_vec, cand_emb)
        return ops.softplus(neg_lse - pos)


def make():
    np.random.seed(16)
    user = Tensor(np.random.randn(8).astype(np.float32))
    pos = Tensor(np.random.randn(8).astype(np.float32))
    cands = Tensor(np.random.randn(12, 8).astype(np.float32))
    return SampledLoss(), (user, pos, cands)
