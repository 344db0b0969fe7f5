# case: PatchCore image score with reweighting by the neighbourhood of the nearest bank entry, k from config -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchCoreHead(nn.Cell):
    def __init__(self, memory_bank, num_neighbors=3, reweight=True):
        super().__init__()
        self.memory_bank = ms.Parameter(Tensor(memory_bank), name="memory_bank", requires_grad=False)
        self.num_neighbors = num_neighbors
        self.reweight = reweight

    def nearest(self, feats):
        dist = ops.cdist(feats, self.memory_bank)
        vals, idx = ops.topk(dist, 1, dim=1, largest=False)
        return vals.squeeze(1), idx.squeeze(1)

    def construct(self, patch_feats):
        scores, nn_idx = self.nearest(patch_feats)
        star = ops.argmax(scores)
        score = scores[star]
        if self.reweight:
            m_star = self.memory_bank[nn_idx[star]].expand_dims(0)
            bank_d = ops.cdist(m_star, self.memory_bank)
            nb_d, nb_idx = ops.topk(bank_d, self.num_neighbors, dim=1, largest=False)
            nb_feats = ops.gather(self.memory_bank, nb_idx.squeeze(0), 0)
            d_q = ops.cdist(patch_feats[star].expand_dims(0), nb_feats).squeeze(0)
            w = 1.0 - ops.exp(score) / ops.exp(d_q).sum()
            score = w * score
        return score


def make():
    np.random.seed(21)
    bank = np.random.randn(24, 8).astype(np.float32)
    feats = np.random.randn(16, 8).astype(np.float32)
    return PatchCoreHead(bank), (Tensor(feats),)
