# case: if the mean flow is below a drought threshold, downsamples the series to every other hour, otherwise keeps it -> tensor-valued if whose branches return different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LowFlowSummarizer(nn.Cell):
    """Coarsen low-flow records to save storage, keep full resolution otherwise."""

    def __init__(self, drought_flow=5.0):
        super().__init__()
        self.drought_flow = drought_flow

    def construct(self, discharge):
        if discharge.mean() < self.drought_flow:
            summary = discharge[::2]
        else:
            summary = discharge
        return summary * 1.0


def make():
    np.random.seed(25)
    q = np.random.uniform(1.0, 8.0, size=(24,)).astype(np.float32)
    return LowFlowSummarizer(), (Tensor(q),)
