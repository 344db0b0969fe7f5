# case: crossing ETA predictor stores the latest prediction in a non-trainable Parameter through ops.assign -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EtaPredictor(nn.Cell):
    def __init__(self, n_features=5, n_sailings=6):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(n_features, 12), nn.ReLU(), nn.Dense(12, 1)])
        self.last_eta = Parameter(Tensor(np.zeros((n_sailings,), np.float32)),
                                  name="last_eta", requires_grad=False)
        self.scheduled_minutes = 50.0

    def construct(self, voyage_feats):
        eta = self.scheduled_minutes + self.net(voyage_feats).reshape(-1)
        ops.assign(self.last_eta, eta)
        delay = ops.relu(eta - self.scheduled_minutes)
        return eta, delay


def make():
    np.random.seed(10)
    feats = np.random.rand(6, 5).astype(np.float32)
    return EtaPredictor(), (Tensor(feats),)
