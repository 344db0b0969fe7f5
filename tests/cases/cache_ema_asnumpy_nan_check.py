# case: EMA buffer update with a debug NaN check via np.isnan(self.ema.asnumpy()) left in construct; expect error at STRICT (LAX may fall back)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

OUT_DIM = 12


class EMATracker(nn.Cell):
    def __init__(self, dim=OUT_DIM, momentum=0.99, debug=True):
        super().__init__()
        self.ema = Parameter(Tensor(np.zeros((dim,), np.float32)), name="ema", requires_grad=False)
        self.m = momentum
        self.debug = debug

    def construct(self, feats):
        batch_mean = feats.mean(axis=0)
        new_ema = self.ema * self.m + batch_mean * (1.0 - self.m)
        if self.debug:
            if np.isnan(new_ema.asnumpy()).any():
                raise ValueError("EMA became NaN")
        ops.assign(self.ema, new_ema)
        return feats - new_ema


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.enc = nn.Dense(8, OUT_DIM)
        self.tracker = EMATracker()

    def construct(self, x):
        return self.tracker(self.enc(x))


def make():
    return Net(), (Tensor(np.random.randn(5, 8).astype(np.float32)),)
