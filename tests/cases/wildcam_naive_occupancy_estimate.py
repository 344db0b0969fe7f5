# case: naive occupancy and detection-rate statistics per site from a fixed-size detection history matrix -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OccupancySummary(nn.Cell):
    def __init__(self, num_surveys=4, eps=1e-6):
        super().__init__()
        self.num_surveys = num_surveys
        self.eps = eps

    def detected_any(self, history):
        return (history.sum(axis=1) > 0).astype(ms.float32)

    def construct(self, history):
        history = history.astype(ms.float32)
        occupied = self.detected_any(history)
        naive_psi = occupied.mean()
        det_per_site = history.sum(axis=1) / self.num_surveys
        p_hat = (det_per_site * occupied).sum() / (occupied.sum() + self.eps)
        return naive_psi, p_hat, det_per_site


def make():
    np.random.seed(4)
    history = Tensor((np.random.rand(10, 4) > 0.6).astype(np.int32))
    return OccupancySummary(), (history,)
