# case: milk-yield forecaster runs an nn.LSTM over daily yield and weather features and predicts the next 3 days -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class YieldLSTM(nn.Cell):
    def __init__(self, n_feats=3, hidden=16, horizon=3, num_layers=1):
        super().__init__()
        self.horizon = horizon
        self.lstm = nn.LSTM(n_feats, hidden, num_layers=num_layers, batch_first=True)
        self.head = nn.Dense(hidden, horizon)

    def normalise(self, x):
        mu = x.mean(axis=1, keep_dims=True)
        sd = x.std(axis=1, keepdims=True) + 1e-5
        return (x - mu) / sd, mu, sd

    def construct(self, history):
        z, mu, sd = self.normalise(history)
        out, _ = self.lstm(z)
        last = out[:, -1, :]
        pred_z = self.head(last)
        return pred_z * sd[:, :, 0] + mu[:, :, 0]


def make():
    np.random.seed(35)
    hist = np.random.uniform(0.0, 1.0, (4, 14, 3)).astype(np.float32)
    hist[..., 0] = hist[..., 0] * 10.0 + 25.0
    return YieldLSTM(), (Tensor(hist),)
