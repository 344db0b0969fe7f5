# case: calibrated predictor takes an optional temperature argument and only scales logits when it is not None -> is None test resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CalibratedPredictor(nn.Cell):
    def __init__(self, in_dim=7, num_classes=3):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(in_dim, 14), nn.ReLU(), nn.Dense(14, num_classes)])

    def construct(self, x, temperature=None):
        logits = self.net(x)
        if temperature is not None:
            logits = logits / temperature
        probs = ops.softmax(logits, axis=-1)
        nll_proxy = -ops.log(probs.max(axis=-1) + 1e-8)
        return probs, nll_proxy


def make():
    np.random.seed(0)
    net = CalibratedPredictor()
    x = Tensor(np.random.randn(5, 7).astype(np.float32))
    return net, (x, None)
