# case: SASRec training head returns the BPR loss over pre-sampled negative ids under `if self.training:` and next-item scores otherwise; negatives are gathered by id so shapes are fixed -> training flag is a constant and gather keeps static shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PAD_ID = 0


class TrainConfig:
    def __init__(self, n_items=40, hidden=8, n_neg=3, l2_reg=1e-4):
        self.n_items = n_items
        self.hidden = hidden
        self.n_neg = n_neg
        self.l2_reg = l2_reg


def bpr_loss(pos_logits, neg_logits, valid):
    diff = pos_logits.expand_dims(-1) - neg_logits
    loss = -ops.log(ops.sigmoid(diff) + 1e-8).mean(-1)
    return (loss * valid).sum() / ops.clamp(valid.sum(), min=1.0)


class SASRecHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=PAD_ID)
        self.l2_reg = config.l2_reg

    def construct(self, seq_h, pos_ids, neg_ids=None):
        if self.training:
            pos_logits = (seq_h * self.item_emb(pos_ids)).sum(-1)
            neg_logits = (seq_h.expand_dims(2) * self.item_emb(neg_ids)).sum(-1)
            valid = (pos_ids != PAD_ID).astype(ms.float32)
            reg = self.l2_reg * (self.item_emb.embedding_table ** 2).sum()
            return bpr_loss(pos_logits, neg_logits, valid) + reg
        return ops.matmul(seq_h[:, -1], self.item_emb.embedding_table.T)


def make():
    np.random.seed(3609)
    seq_h = Tensor(np.random.randn(2, 6, 8).astype(np.float32))
    pos = np.random.randint(1, 41, size=(2, 6)).astype(np.int32)
    pos[1, :2] = PAD_ID
    neg = Tensor(np.random.randint(1, 41, size=(2, 6, 3)).astype(np.int32))
    head = SASRecHead(TrainConfig())
    head.set_train(True)
    return head, (seq_h, Tensor(pos), neg)
