# case: next-item model deduplicates sampled negatives with ops.unique under `if self.training:` and scores the positive against them (cell put in training mode) -> unique yields a data-dependent length, dynamic shape or error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NegSamplingConfig:
    def __init__(self, n_items=60, hidden=16, dedup_negatives=True):
        self.n_items = n_items
        self.hidden = hidden
        self.dedup_negatives = dedup_negatives


class NextItemHead(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.item_emb = nn.Embedding(config.n_items + 1, config.hidden, padding_idx=0)
        self.dedup = config.dedup_negatives

    def _negative_table(self, neg_ids):
        flat = neg_ids.reshape(-1)
        if self.dedup:
            flat, _ = ops.unique(flat)
        return self.item_emb(flat)

    def construct(self, seq_hidden, pos_ids, neg_ids):
        pos_vec = self.item_emb(pos_ids)
        pos_logit = (seq_hidden * pos_vec).sum(-1, keepdims=True)
        if self.training:
            neg_vec = self._negative_table(neg_ids)
            neg_logit = ops.matmul(seq_hidden, neg_vec.T)
            logits = ops.concat((pos_logit, neg_logit), axis=1)
            return -ops.log_softmax(logits, axis=1)[:, 0].mean()
        return pos_logit


def make():
    np.random.seed(3574)
    head = NextItemHead(NegSamplingConfig())
    head.set_train(True)
    h = Tensor(np.random.randn(4, 16).astype(np.float32))
    pos = Tensor(np.random.randint(1, 61, size=(4,)).astype(np.int32))
    neg = Tensor(np.random.randint(1, 61, size=(4, 5)).astype(np.int32))
    return head, (h, pos, neg)
