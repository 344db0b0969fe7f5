# case: pitch predictor normalises f0 by the mean/std of voiced frames gathered with masked_select -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PitchPredictor(nn.Cell):
    def __init__(self, hidden=16, kernel=3, dropout=0.1):
        super().__init__()
        self.conv1 = nn.Conv1d(hidden, hidden, kernel, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv1d(hidden, hidden, kernel, pad_mode="same", has_bias=True)
        self.act = nn.ReLU()
        self.drop = nn.Dropout(p=dropout)
        self.out = nn.Dense(hidden, 1)

    def construct(self, x):
        h = self.drop(self.act(self.conv1(x.transpose(0, 2, 1))))
        h = self.drop(self.act(self.conv2(h)))
        return self.out(h.transpose(0, 2, 1)).squeeze(-1)


def normalize_voiced(f0, eps=1e-5):
    voiced = f0 > 0
    vals = ops.masked_select(f0, voiced)
    mean = vals.mean()
    std = vals.std()
    return ops.where(voiced, (f0 - mean) / (std + eps), ops.zeros_like(f0))


class PitchAdaptor(nn.Cell):
    def __init__(self, hidden=16):
        super().__init__()
        self.predictor = PitchPredictor(hidden)
        self.pitch_embed = nn.Dense(1, hidden)

    def construct(self, x, f0_target):
        pred = self.predictor(x)
        target = normalize_voiced(f0_target)
        loss = ((pred - target) ** 2).mean()
        x = x + self.pitch_embed(target.expand_dims(-1))
        return x, loss


def make():
    np.random.seed(4)
    x = Tensor(np.random.randn(2, 10, 16).astype(np.float32))
    f0 = np.abs(np.random.randn(2, 10)).astype(np.float32) * 200
    f0[:, ::3] = 0.0
    return PitchAdaptor(), (x, Tensor(f0))
