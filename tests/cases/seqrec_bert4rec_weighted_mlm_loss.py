# case: BERT4Rec masked-item loss computed at every position and weighted by a fixed-size mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Bert4RecMLMLoss(nn.Cell):
    def __init__(self, num_items=40, dim=16, mask_token=1, label_smoothing=0.0):
        super().__init__()
        self.mask_token = mask_token
        self.item_emb = nn.Embedding(num_items + 2, dim, padding_idx=0)
        self.pos_emb = nn.Embedding(16, dim)
        self.mix = nn.Dense(dim, dim, activation="tanh")
        self.ce = nn.CrossEntropyLoss(reduction="none", label_smoothing=label_smoothing)

    def encode(self, item_seq):
        pos = ops.arange(item_seq.shape[1]).expand_dims(0)
        return self.mix(self.item_emb(item_seq) + self.pos_emb(pos))

    def construct(self, item_seq, labels):
        h = self.encode(item_seq)
        logits = ops.matmul(h, self.item_emb.embedding_table.T)
        b, l, v = logits.shape
        is_masked = item_seq == self.mask_token
        safe_labels = ops.select(is_masked, labels, ops.zeros_like(labels))
        per_pos = self.ce(logits.reshape(b * l, v), safe_labels.reshape(-1)).reshape(b, l)
        weights = is_masked.astype(ms.float32)
        return (per_pos * weights).sum() / ops.maximum(weights.sum(), 1.0)


def make():
    np.random.seed(3)
    seq = np.random.randint(2, 42, size=(4, 6)).astype(np.int32)
    labels = seq.copy()
    seq[:, 3] = 1
    seq[1, 1] = 1
    return Bert4RecMLMLoss(), (Tensor(seq), Tensor(labels))
