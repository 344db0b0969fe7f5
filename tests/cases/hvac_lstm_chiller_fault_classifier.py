# case: LSTM over chiller sensor sequences classifies fault type using the last hidden state -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ChillerLSTM(nn.Cell):
    def __init__(self, n_sensors=7, hidden=16, n_faults=5, num_layers=1):
        super().__init__()
        self.lstm = nn.LSTM(n_sensors, hidden, num_layers=num_layers, batch_first=True)
        self.norm = nn.LayerNorm((hidden,))
        self.cls = nn.Dense(hidden, n_faults)

    def construct(self, seq):
        out, (h, c) = self.lstm(seq)
        last = out[:, -1, :]
        logits = self.cls(self.norm(last))
        return ops.log_softmax(logits, axis=-1)


def make():
    np.random.seed(34)
    net = ChillerLSTM()
    seq = Tensor(np.random.randn(4, 20, 7).astype(np.float32))
    return net, (seq,)
