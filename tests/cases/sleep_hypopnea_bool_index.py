# case: pick SpO2 nadirs of epochs flagged as hypopnea (airflow drop >= 30%) with boolean-mask indexing -> dynamic shape (boolean index)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HypopneaNadir(nn.Cell):
    def __init__(self, flow_drop=0.3):
        super().__init__()
        self.flow_drop = flow_drop

    def construct(self, flow_env, spo2):
        base = flow_env.mean(axis=1, keep_dims=True)
        reduced = flow_env.min(axis=1) < base.squeeze(1) * (1.0 - self.flow_drop)
        nadirs = spo2.min(axis=1)
        flagged = nadirs[reduced]
        return flagged.mean(), flagged


def make():
    np.random.seed(14)
    flow = 1.0 + 0.05 * np.random.randn(8, 20).astype(np.float32)
    flow[2, 5:12] = 0.5
    flow[6, 3:9] = 0.4
    spo2 = 96.0 + 0.5 * np.random.randn(8, 20).astype(np.float32)
    return HypopneaNadir(), (Tensor(flow.astype(np.float32)), Tensor(spo2.astype(np.float32)))
