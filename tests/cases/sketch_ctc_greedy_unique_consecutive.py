# case: online handwriting recogniser with greedy CTC decoding via unique_consecutive and blank removal -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OnlineHandwritingRecognizer(nn.Cell):
    """BiLSTM over pen trajectories + greedy CTC decode of a single sample."""

    def __init__(self, in_features=3, hidden=16, num_chars=12, blank=0):
        super().__init__()
        self.rnn = nn.LSTM(in_features, hidden, batch_first=True, bidirectional=True)
        self.proj = nn.Dense(2 * hidden, num_chars)
        self.blank = blank

    def logits(self, strokes):
        feats, _ = self.rnn(strokes)
        return self.proj(feats)

    def decode(self, log_probs):
        best = ops.argmax(log_probs[0], dim=-1)
        collapsed = ops.unique_consecutive(best)
        keep = collapsed != self.blank
        return ops.masked_select(collapsed, keep)

    def construct(self, strokes):
        log_probs = ops.log_softmax(self.logits(strokes), axis=-1)
        chars = self.decode(log_probs)
        return chars


def make():
    np.random.seed(5)
    ms.set_seed(5)
    strokes = Tensor(np.random.randn(1, 14, 3).astype(np.float32))
    return OnlineHandwritingRecognizer(), (strokes,)
