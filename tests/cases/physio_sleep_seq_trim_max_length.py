# case: sleep-stage GRU tagger trims the padded epoch sequence to the longest true length taken from a lengths tensor (x[:, :max_len]) -> error or dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SleepStager(nn.Cell):
    def __init__(self, n_feat=16, hidden=24, n_stages=5):
        super().__init__()
        self.rnn = nn.GRU(n_feat, hidden, batch_first=True)
        self.head = nn.Dense(hidden, n_stages)

    def construct(self, feats, lengths):
        # feats: (batch, max_epochs, n_feat) padded; lengths: (batch,)
        max_len = lengths.max()
        feats = feats[:, :max_len]
        out, _ = self.rnn(feats)
        logits = self.head(out)
        return logits


def make():
    np.random.seed(4)
    feats = np.random.randn(3, 20, 16).astype(np.float32)
    lengths = np.array([14, 9, 17], dtype=np.int32)
    return SleepStager(), (Tensor(feats), Tensor(lengths))
