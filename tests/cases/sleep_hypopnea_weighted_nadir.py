# case: mean SpO2 nadir over hypopnea-flagged epochs using a float weight mask instead of boolean indexing -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HypopneaNadir(nn.Cell):
    def __init__(self, flow_drop=0.3, eps=1e-6):
        super().__init__()
        self.flow_drop = flow_drop
        self.eps = eps

    def flag(self, flow_env):
        base = flow_env.mean(axis=1)
        return (flow_env.min(axis=1) < base * (1.0 - self.flow_drop)).astype(ms.float32)

    def construct(self, flow_env, spo2):
        w = self.flag(flow_env)
        nadirs = spo2.min(axis=1)
        mean_nadir = (nadirs * w).sum() / (w.sum() + self.eps)
        masked = ops.where(w > 0, nadirs, ops.full_like(nadirs, 100.0))
        return mean_nadir, masked


def make():
    np.random.seed(15)
    flow = 1.0 + 0.05 * np.random.randn(8, 20).astype(np.float32)
    flow[1, 4:10] = 0.5
    spo2 = 96.0 + 0.5 * np.random.randn(8, 20).astype(np.float32)
    return HypopneaNadir(), (Tensor(flow.astype(np.float32)), Tensor(spo2.astype(np.float32)))
