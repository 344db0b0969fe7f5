# case: Platt scaling of two-tower logits with learned a/b Parameters and a Python-bool calibration flag, plus BCE against click labels -> static graph, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class PlattCalibrator(nn.Cell):
    def __init__(self, init_a=1.0, init_b=0.0):
        super().__init__()
        self.a = Parameter(Tensor([init_a], ms.float32), name="platt_a")
        self.b = Parameter(Tensor([init_b], ms.float32), name="platt_b")

    def construct(self, logits):
        return ops.sigmoid(self.a * logits + self.b)


class CalibratedCTR(nn.Cell):
    def __init__(self, feat_dim=10, emb_dim=8, use_calibration=True):
        super().__init__()
        self.user_tower = nn.Dense(feat_dim, emb_dim, activation="tanh")
        self.item_tower = nn.Dense(feat_dim, emb_dim, activation="tanh")
        self.use_calibration = use_calibration
        self.calibrator = PlattCalibrator(init_a=2.0, init_b=-0.5)

    def construct(self, users, items, clicks):
        logits = (self.user_tower(users) * self.item_tower(items)).sum(axis=-1)
        if self.use_calibration:
            probs = self.calibrator(logits)
        else:
            probs = ops.sigmoid(logits)
        loss = ops.binary_cross_entropy(probs, clicks)
        return probs, loss


def make():
    np.random.seed(10)
    users = Tensor(np.random.randn(8, 10).astype(np.float32))
    items = Tensor(np.random.randn(8, 10).astype(np.float32))
    clicks = Tensor(np.random.randint(0, 2, size=8).astype(np.float32))
    return CalibratedCTR(), (users, items, clicks)
