# case: lactation-curve model fits Wood's curve a*t^b*exp(-c*t) with learnable parameters over a constant week grid -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class WoodCurve(nn.Cell):
    def __init__(self, n_weeks=44):
        super().__init__()
        self.log_a = Parameter(Tensor(np.array([3.0], np.float32)), name="log_a")
        self.b = Parameter(Tensor(np.array([0.2], np.float32)), name="b")
        self.c = Parameter(Tensor(np.array([0.04], np.float32)), name="c")
        self.weeks = Tensor(np.arange(1, n_weeks + 1, dtype=np.float32))

    def predict(self):
        t = self.weeks
        return ops.exp(self.log_a + self.b * ops.log(t) - self.c * t)

    def construct(self, observed_kg, observed_mask):
        pred = self.predict()
        err = (pred - observed_kg) * observed_mask
        mse = (err ** 2).sum() / (observed_mask.sum() + 1e-6)
        peak_week = ops.argmax(pred)
        return mse, peak_week


def make():
    np.random.seed(24)
    obs = np.random.uniform(20.0, 38.0, (44,)).astype(np.float32)
    mask = (np.arange(44) < 20).astype(np.float32)
    return WoodCurve(), (Tensor(obs), Tensor(mask))
