# case: collect airflow samples below apnea threshold with masked_select and average them -> dynamic shape (masked_select)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ApneaAmplitudeProbe(nn.Cell):
    """Estimate mean residual airflow during suspected apnea samples."""

    def __init__(self, drop_ratio=0.1):
        super().__init__()
        self.drop_ratio = drop_ratio

    def baseline(self, flow):
        return ops.abs(flow).mean(axis=-1, keep_dims=True)

    def construct(self, flow):
        base = self.baseline(flow)
        thresh = base * self.drop_ratio
        low = ops.abs(flow) < thresh
        residual = ops.masked_select(ops.abs(flow), low)
        count = residual.shape[0]
        return residual.sum() / (count + 1e-6)


def make():
    np.random.seed(0)
    flow = np.sin(np.linspace(0, 12 * np.pi, 64)).astype(np.float32)
    flow[20:32] *= 0.02
    flow = flow.reshape(2, 32)
    return ApneaAmplitudeProbe(), (Tensor(flow),)
