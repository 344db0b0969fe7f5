# case: LSTM tagger builds its loss mask with ops.sequence_mask(lengths) without maxlen, so the width is lengths.max(); expect dynamic or error at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Tagger(nn.Cell):
    def __init__(self, vocab=40, emb=12, hidden=16, n_tags=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb, padding_idx=0)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.proj = nn.Dense(hidden, n_tags)
        self.loss = nn.CrossEntropyLoss(reduction="none")

    def construct(self, ids, lengths, tags):
        x = self.emb(ids)
        h, _ = self.lstm(x)
        logits = self.proj(h)
        b, t, c = logits.shape
        per_tok = self.loss(logits.reshape(b * t, c), tags.reshape(-1)).reshape(b, t)
        mask = ops.sequence_mask(lengths).astype(ms.float32)
        per_tok = per_tok[:, : mask.shape[1]]
        return (per_tok * mask).sum() / mask.sum()


def make():
    ids = np.random.randint(1, 40, (2, 10)).astype(np.int32)
    tags = np.random.randint(0, 5, (2, 10)).astype(np.int32)
    return Tagger(), (Tensor(ids), Tensor(np.array([8, 6], np.int32)), Tensor(tags))
