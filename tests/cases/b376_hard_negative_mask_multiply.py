# case: triplet miner "selects" semi-hard negatives by multiplying the similarity matrix with a float mask instead of extracting them -> static graph, no dynamic shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MinerConfig:
    margin = 0.2
    semi_hard = True


def pairwise_cosine(x):
    x = ops.L2Normalize(axis=1)(x)
    return ops.matmul(x, x.T)


class SemiHardTripletLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.margin = config.margin
        self.semi_hard = config.semi_hard

    def _select_negatives(self, sim, pos_sim, neg_mask):
        if self.semi_hard:
            sel = neg_mask * (sim < pos_sim.reshape(-1, 1)).astype(ms.float32) * (sim > pos_sim.reshape(-1, 1) - self.margin).astype(ms.float32)
        else:
            sel = neg_mask
        masked = sim * sel - 2.0 * (1.0 - sel)
        return masked.max(axis=1), sel.sum(axis=1) > 0

    def construct(self, emb, labels):
        sim = pairwise_cosine(emb)
        same = (labels.reshape(-1, 1) == labels.reshape(1, -1)).astype(ms.float32)
        eye = ops.eye(emb.shape[0], emb.shape[0], ms.float32)
        pos_sim = (sim * (same - eye) + 2.0 * (1.0 - same + eye)).min(axis=1)
        hardest_neg, valid = self._select_negatives(sim, pos_sim, 1.0 - same)
        loss = ops.relu(hardest_neg - pos_sim + self.margin) * valid.astype(ms.float32)
        return loss.sum() / ops.maximum(valid.astype(ms.float32).sum(), 1.0)


def make():
    np.random.seed(37622)
    emb = Tensor(np.random.randn(8, 16).astype(np.float32))
    labels = Tensor(np.array([0, 0, 1, 1, 2, 2, 3, 3], dtype=np.int32))
    return SemiHardTripletLoss(MinerConfig()), (emb, labels)
