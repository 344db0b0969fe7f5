# case: zero out airflow samples under the apnea threshold by multiplying a float mask, count them with sum -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ApneaFraction(nn.Cell):
    """Fraction of each 30 s epoch spent with airflow below 10% of baseline."""

    def __init__(self, drop_ratio=0.1, eps=1e-6):
        super().__init__()
        self.drop_ratio = drop_ratio
        self.eps = eps

    def baseline(self, flow):
        return ops.abs(flow).mean(axis=-1, keep_dims=True)

    def construct(self, flow):
        base = self.baseline(flow)
        low = (ops.abs(flow) < base * self.drop_ratio).astype(ms.float32)
        residual = (ops.abs(flow) * low).sum(axis=-1)
        n_low = low.sum(axis=-1)
        frac = n_low / flow.shape[-1]
        mean_resid = residual / (n_low + self.eps)
        return frac, mean_resid


def make():
    np.random.seed(1)
    flow = np.sin(np.linspace(0, 12 * np.pi, 96)).astype(np.float32)
    flow[40:60] *= 0.03
    flow = flow.reshape(3, 32)
    return ApneaFraction(), (Tensor(flow),)
