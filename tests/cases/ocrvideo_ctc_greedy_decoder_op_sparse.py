# case: recogniser uses ops.CTCGreedyDecoder whose sparse decoded_indices output has a data-dependent length -> dynamic shape at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BiLSTMNeck(nn.Cell):
    def __init__(self, in_dim=16, hidden=16):
        super().__init__()
        self.rnn = nn.LSTM(in_dim, hidden, batch_first=False, bidirectional=True)

    def construct(self, x):
        out, _ = self.rnn(x)
        return out


class CRNNInference(nn.Cell):
    def __init__(self, in_dim=16, hidden=16, num_classes=11, merge_repeated=True):
        super().__init__()
        self.neck = BiLSTMNeck(in_dim, hidden)
        self.fc = nn.Dense(hidden * 2, num_classes)
        self.decoder = ops.CTCGreedyDecoder(merge_repeated=merge_repeated)

    def construct(self, seq, seq_len):
        logits = self.fc(self.neck(seq))  # (T, B, C)
        indices, values, dense_shape, log_prob = self.decoder(logits, seq_len)
        return values, dense_shape, log_prob


def make():
    np.random.seed(27)
    seq = Tensor(np.random.randn(10, 2, 16).astype(np.float32))
    seq_len = Tensor(np.array([10, 7], dtype=np.int32))
    return CRNNInference(), (seq, seq_len)
