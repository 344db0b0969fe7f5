# case: tracker keeps the rows (sequences) whose score passes a threshold, by a boolean mask, then runs nn.LSTM over them (time axis untouched) -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Enc(nn.Cell):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(5, 8, batch_first=True)

    def construct(self, x, score):
        x = x[score > 0.5]
        out, (h, c) = self.rnn(x)
        return out.sum() + h.sum()


def make():
    np.random.seed(2)
    return Enc(), (Tensor(np.random.randn(3, 6, 5).astype(np.float32)), Tensor(np.array([0.9, 0.2, 0.7], np.float32)))
