# case: load forecaster moves predictions to NumPy to clip negative values before returning -> asnumpy host round trip in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HouseholdLoadForecaster(nn.Cell):
    def __init__(self, history=24, horizon=6, hidden=16):
        super().__init__()
        self.encoder = nn.Dense(history, hidden, activation="relu")
        self.head = nn.Dense(hidden, horizon)

    def postprocess(self, pred):
        arr = pred.asnumpy()
        arr = np.clip(arr, 0.0, None)
        return Tensor(arr)

    def construct(self, history):
        h = self.encoder(history)
        pred = self.head(h)
        return self.postprocess(pred)


def make():
    np.random.seed(6)
    hist = np.random.uniform(0.2, 3.0, size=(4, 24)).astype(np.float32)
    return HouseholdLoadForecaster(), (Tensor(hist),)
