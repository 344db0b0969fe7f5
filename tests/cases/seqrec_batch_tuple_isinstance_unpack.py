# case: sequential CTR model taking the batch as a tuple with an optional third element, guarded by isinstance and len -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DINAttentionCTR(nn.Cell):
    def __init__(self, num_items=40, dim=8, att_hidden=16):
        super().__init__()
        self.item_emb = nn.Embedding(num_items, dim, padding_idx=0)
        self.att = nn.SequentialCell(nn.Dense(dim * 4, att_hidden), nn.Sigmoid(), nn.Dense(att_hidden, 1))
        self.mlp = nn.SequentialCell(nn.Dense(dim * 2, att_hidden), nn.ReLU(), nn.Dense(att_hidden, 1))

    def attend(self, hist_emb, tgt_emb, mask):
        t = tgt_emb.expand_dims(1).broadcast_to(hist_emb.shape)
        feats = ops.concat((hist_emb, t, hist_emb - t, hist_emb * t), -1)
        w = self.att(feats).squeeze(-1) * mask
        return (w.expand_dims(-1) * hist_emb).sum(1)

    def construct(self, batch):
        if isinstance(batch, (tuple, list)) and len(batch) == 3:
            history, target, hist_mask = batch
        else:
            history, target = batch[0], batch[1]
            hist_mask = (history > 0).astype(ms.float32)
        h = self.item_emb(history)
        t = self.item_emb(target)
        interest = self.attend(h, t, hist_mask)
        return ops.sigmoid(self.mlp(ops.concat((interest, t), -1))).squeeze(-1)


def make():
    np.random.seed(32)
    hist = np.random.randint(0, 40, size=(3, 6)).astype(np.int32)
    tgt = np.random.randint(1, 40, size=(3,)).astype(np.int32)
    return DINAttentionCTR(), ((Tensor(hist), Tensor(tgt)),)
