# case: sleep-stage LSTM over padded epoch sequences with a length mask built from a static arange compared to lengths, applied to logits and a masked loss -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SleepSeqTagger(nn.Cell):
    def __init__(self, n_feat=16, hidden=24, n_stages=5):
        super().__init__()
        self.encoder = nn.Dense(n_feat, hidden, activation="relu")
        self.rnn = nn.LSTM(hidden, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Dense(2 * hidden, n_stages)
        self.loss = nn.CrossEntropyLoss(reduction="none")

    def length_mask(self, lengths, max_len):
        steps = ops.arange(max_len).reshape(1, -1)
        return (steps < lengths.reshape(-1, 1)).astype(ms.float32)

    def construct(self, feats, lengths, labels):
        b, t, _ = feats.shape
        h = self.encoder(feats)
        out, _ = self.rnn(h)
        logits = self.head(out)
        mask = self.length_mask(lengths, t)
        per_epoch = self.loss(logits.reshape(b * t, -1), labels.reshape(-1)).reshape(b, t)
        loss = (per_epoch * mask).sum() / mask.sum()
        return logits * mask.expand_dims(-1), loss


def make():
    np.random.seed(25)
    feats = np.random.randn(3, 12, 16).astype(np.float32)
    lengths = np.array([12, 7, 10], dtype=np.int32)
    labels = np.random.randint(0, 5, size=(3, 12)).astype(np.int32)
    return SleepSeqTagger(), (Tensor(feats), Tensor(lengths), Tensor(labels))
