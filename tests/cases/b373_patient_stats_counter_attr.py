# case: per-patient normaliser keeps running mean/var as Parameters but also counts updates in a plain Python attribute written in construct (self.num_batches_seen += 1) -> attribute write in construct, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class NormConfig:
    n_leads = 12
    momentum = 0.1
    eps = 1e-5
    track_running_stats = True


class PatientNormBase(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.eps = config.eps
        self.momentum = config.momentum
        self.track = config.track_running_stats
        self._init_stats(config.n_leads)
        self.num_batches_seen = 0

    def _init_stats(self, n_leads):
        self.running_mean = Parameter(Tensor(np.zeros((1, n_leads, 1), np.float32)), name="running_mean", requires_grad=False)
        self.running_var = Parameter(Tensor(np.ones((1, n_leads, 1), np.float32)), name="running_var", requires_grad=False)

    def normalise(self, x, mean, var):
        return (x - mean) / ops.sqrt(var + self.eps)


class PatientNorm(PatientNormBase):
    def construct(self, ecg):
        mean = ecg.mean(axis=(0, 2), keep_dims=True)
        var = ecg.var(axis=(0, 2), keepdims=True)
        if self.track:
            self.num_batches_seen += 1
            m = self.momentum
            ops.assign(self.running_mean, (1 - m) * self.running_mean + m * mean)
            ops.assign(self.running_var, (1 - m) * self.running_var + m * var)
        return self.normalise(ecg, mean, var)


def make():
    np.random.seed(3737)
    x = (np.random.randn(4, 12, 100) * 0.3 + 1.5).astype(np.float32)
    return PatientNorm(NormConfig()), (Tensor(x),)
