# case: score only the first `lead_steps` forecast steps, lead_steps given as a tensor -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeadTimeMSE(nn.Cell):
    """Latitude-weighted MSE of a multi-lead forecast truncated to the requested horizon."""

    def __init__(self, lat_deg, normalize_weights=True):
        super().__init__()
        w = np.cos(np.deg2rad(lat_deg)).astype(np.float32)
        if normalize_weights:
            w = w / w.mean()
        self.lat_w = Tensor(w[:, None])

    def _truncate(self, x, lead_steps):
        return x[:, :lead_steps]

    def construct(self, forecast, truth, lead_steps):
        f = self._truncate(forecast, lead_steps)
        t = self._truncate(truth, lead_steps)
        return (((f - t) ** 2) * self.lat_w).mean()


def make():
    rng = np.random.RandomState(5)
    lat = np.linspace(-80, 80, 6)
    fc = Tensor(rng.randn(2, 5, 6, 12).astype(np.float32))
    tr = Tensor(rng.randn(2, 5, 6, 12).astype(np.float32))
    return LeadTimeMSE(lat), (fc, tr, Tensor(3, ms.int32))
