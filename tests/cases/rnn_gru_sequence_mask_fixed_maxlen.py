# case: GRU tagger with a masked token loss built by ops.sequence_mask using maxlen=ids.shape[1]; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tagger(nn.Cell):
    def __init__(self, vocab=40, emb=12, hidden=16, n_tags=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb, padding_idx=0)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.proj = nn.Dense(hidden, n_tags)
        self.n_tags = n_tags

    def construct(self, ids, lengths, tags):
        x = self.emb(ids)
        h, _ = self.gru(x, seq_length=lengths)
        logits = self.proj(h)
        logp = ops.log_softmax(logits, axis=-1)
        mask = ops.sequence_mask(lengths, ids.shape[1]).astype(ms.float32)
        tgt = ops.one_hot(tags, self.n_tags, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        nll = -(logp * tgt).sum(axis=-1)
        loss = (nll * mask).sum() / mask.sum()
        return loss, logits


def make():
    ids = np.random.randint(1, 40, (2, 10)).astype(np.int32)
    ids[1, 6:] = 0
    tags = np.random.randint(0, 5, (2, 10)).astype(np.int32)
    return Tagger(), (Tensor(ids), Tensor(np.array([10, 6], np.int32)), Tensor(tags))
