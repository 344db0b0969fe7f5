# case: DIN-style target attention over a padded user history, padding masked to -1e9 with ops.where before softmax -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TargetAttentionPool(nn.Cell):
    def __init__(self, emb_dim=8, hidden=16):
        super().__init__()
        self.att = nn.SequentialCell([nn.Dense(4 * emb_dim, hidden), nn.Sigmoid(), nn.Dense(hidden, 1)])

    def construct(self, hist_emb, target_emb, hist_mask):
        tgt = ops.broadcast_to(target_emb.expand_dims(1), hist_emb.shape)
        feats = ops.concat((hist_emb, tgt, hist_emb - tgt, hist_emb * tgt), axis=-1)
        logits = self.att(feats).squeeze(-1)
        logits = ops.where(hist_mask.astype(ms.bool_), logits, ops.full_like(logits, -1e9))
        weights = ops.softmax(logits, axis=-1)
        return ops.bmm(weights.expand_dims(1), hist_emb).squeeze(1)


class DINUserTower(nn.Cell):
    def __init__(self, num_items=40, emb_dim=8):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, emb_dim)
        self.pool = TargetAttentionPool(emb_dim)

    def construct(self, hist_ids, hist_mask, target_ids):
        target = self.item_emb(target_ids)
        user = self.pool(self.item_emb(hist_ids), target, hist_mask)
        return (user * target).sum(axis=-1)


def make():
    np.random.seed(34)
    hist = Tensor(np.random.randint(0, 40, size=(3, 6)).astype(np.int32))
    mask = Tensor(np.array([[1, 1, 1, 0, 0, 0], [1, 1, 1, 1, 1, 1], [1, 0, 0, 0, 0, 0]], dtype=np.int32))
    target = Tensor(np.random.randint(0, 40, size=3).astype(np.int32))
    return DINUserTower(), (hist, mask, target)
