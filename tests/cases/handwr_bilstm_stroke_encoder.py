# case: bidirectional LSTM encoder sub-Cell over padded pen trajectories with a linear attention decoder init -> standard layers, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TrajectoryEncoder(nn.Cell):
    def __init__(self, in_dim=3, hidden=8, layers=1):
        super().__init__()
        self.rnn = nn.LSTM(in_dim, hidden, num_layers=layers, batch_first=True, bidirectional=True)

    def construct(self, points):
        out, _ = self.rnn(points)
        return out


class OnlineHMERModel(nn.Cell):
    def __init__(self, hidden=8, dec_hidden=12):
        super().__init__()
        self.encoder = TrajectoryEncoder(hidden=hidden)
        self.init_h = nn.Dense(2 * hidden, dec_hidden)

    def construct(self, points):
        enc = self.encoder(points)
        h0 = ops.tanh(self.init_h(enc.mean(1)))
        return enc, h0


def make():
    np.random.seed(34)
    pts = Tensor(np.random.randn(2, 10, 3).astype(np.float32))
    return OnlineHMERModel(), (pts,)
