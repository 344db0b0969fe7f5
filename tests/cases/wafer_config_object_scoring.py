# case: die anomaly scorer reads a plain Python config object only in __init__ and uses its numbers as constants in construct -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InspectionConfig:
    num_params = 7
    hidden = 16
    alarm_level = 0.8
    use_residual = True


class DieAnomalyScorer(nn.Cell):
    def __init__(self, cfg=InspectionConfig()):
        super().__init__()
        self.alarm = cfg.alarm_level
        self.use_residual = cfg.use_residual
        self.enc = nn.Dense(cfg.num_params, cfg.hidden, activation="tanh")
        self.dec = nn.Dense(cfg.hidden, cfg.num_params)

    def construct(self, params):
        recon = self.dec(self.enc(params))
        if self.use_residual:
            recon = recon + params * 0.1
        err = ((recon - params) ** 2).mean(axis=-1)
        score = 1.0 - ops.exp(-err)
        return score, score > self.alarm


def make():
    np.random.seed(33)
    return DieAnomalyScorer(), (Tensor(np.random.randn(20, 7).astype(np.float32)),)
