# case: teacher-forced sketch decoder that crops to config max_seq_len and shifts input/target by one step with shape-based slices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TeacherForcedDecoder(nn.Cell):
    """Predict stroke t+1 from strokes <= t with an LSTM."""

    def __init__(self, hidden=16, max_seq_len=8, start_token=(0.0, 0.0, 1.0, 0.0, 0.0)):
        super().__init__()
        self.max_seq_len = max_seq_len
        self.start = Tensor([[list(start_token)]], ms.float32)
        self.rnn = nn.LSTM(5, hidden, batch_first=True)
        self.out = nn.Dense(hidden, 5)

    def with_start_token(self, strokes):
        start = ops.tile(self.start, (strokes.shape[0], 1, 1))
        return ops.concat((start, strokes), axis=1)

    def construct(self, strokes):
        strokes = strokes[:, :self.max_seq_len]
        seq = self.with_start_token(strokes)
        t = seq.shape[1]
        inputs = seq[:, :t - 1]
        targets = seq[:, 1:]
        hidden, _ = self.rnn(inputs)
        pred = self.out(hidden)
        return ((pred - targets) ** 2).mean()


def make():
    np.random.seed(29)
    ms.set_seed(29)
    s = Tensor(np.random.randn(2, 11, 5).astype(np.float32))
    return TeacherForcedDecoder(), (s,)
