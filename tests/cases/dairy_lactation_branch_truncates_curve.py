# case: lactation-curve model returns only the first 5 weeks when herd mean yield is low and the full curve otherwise, branching on a tensor -> error in graph mode (branches leave different shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LactationCurve(nn.Cell):
    def __init__(self, low_yield_kg=22.0):
        super().__init__()
        self.low_yield_kg = low_yield_kg
        self.smooth = nn.Conv1d(1, 1, 3, pad_mode="same")

    def construct(self, weekly_kg):
        curve = self.smooth(weekly_kg.expand_dims(1)).squeeze(1)
        if weekly_kg.mean() < self.low_yield_kg:
            curve = curve[:, :5]
        return curve


def make():
    np.random.seed(23)
    weekly = np.random.uniform(15.0, 30.0, (4, 12)).astype(np.float32)
    return LactationCurve(), (Tensor(weekly),)
