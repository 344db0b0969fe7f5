# case: re-id cosine similarity with gallery, argmax best match, similarity threshold producing -1 ids via where -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def l2_normalize(x, eps=1e-6):
    return x / ops.sqrt((x * x).sum(-1, keepdims=True) + eps)


class ReIDAssociate(nn.Cell):
    def __init__(self, in_dim=16, emb_dim=8, sim_thresh=0.2, momentum=0.9):
        super().__init__()
        self.proj = nn.Dense(in_dim, emb_dim, has_bias=False)
        self.sim_thresh = sim_thresh
        self.momentum = momentum

    def construct(self, det_feats, gallery, gallery_ids):
        q = l2_normalize(self.proj(det_feats))
        g = l2_normalize(gallery)
        sim = ops.matmul(q, g.T)
        best_sim, best = sim.max(axis=1, return_indices=True)
        ids = ops.gather(gallery_ids, best, 0)
        ids = ops.where(best_sim > self.sim_thresh, ids, ops.full_like(ids, -1))
        # EMA update of the gallery rows that got matched (soft, fixed shape)
        onehot = ops.one_hot(best, gallery.shape[0], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        upd = ops.matmul(onehot.T, q) / (onehot.sum(0)[:, None] + 1e-6)
        hit = (onehot.sum(0) > 0)[:, None]
        new_gallery = ops.where(hit, self.momentum * g + (1 - self.momentum) * upd, g)
        return ids, new_gallery


def make():
    np.random.seed(11)
    feats = Tensor(np.random.randn(6, 16).astype(np.float32))
    gallery = Tensor(np.random.randn(4, 8).astype(np.float32))
    ids = Tensor(np.array([3, 5, 7, 9], dtype=np.int32))
    return ReIDAssociate(), (feats, gallery, ids)
