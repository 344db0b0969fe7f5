# case: bidirectional LSTM over flattened two-hand keypoint sequences with last-valid-step readout via one-hot length mask -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeypointLSTM(nn.Cell):
    def __init__(self, in_dim=84, hidden=16, num_classes=9, bidirectional=True):
        super().__init__()
        self.lstm = nn.LSTM(in_dim, hidden, num_layers=1, batch_first=True, bidirectional=bidirectional)
        out_dim = hidden * (2 if bidirectional else 1)
        self.head = nn.Dense(out_dim, num_classes)

    def last_valid(self, outputs, lengths):
        t = outputs.shape[1]
        onehot = ops.one_hot(lengths - 1, t, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        return (outputs * onehot.expand_dims(-1)).sum(axis=1)

    def construct(self, hands, lengths):
        b, t = hands.shape[0], hands.shape[1]
        x = hands.reshape(b, t, -1)
        outputs, _ = self.lstm(x)
        return self.head(self.last_valid(outputs, lengths))


def make():
    np.random.seed(39)
    hands = Tensor(np.random.randn(3, 11, 2, 21, 2).astype(np.float32))
    lengths = Tensor(np.array([11, 7, 9], dtype=np.int32))
    return KeypointLSTM(), (hands, lengths)
