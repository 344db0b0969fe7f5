# case: multi-lead-time verification that scores only the lead times marked available, slicing predictions to n_valid = sum(valid_flags) -> slice stop from tensor values (dynamic or error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerifConfig:
    def __init__(self, n_lat=12, lead_decay=0.0, return_per_lead=False):
        self.n_lat = n_lat
        self.lead_decay = lead_decay
        self.return_per_lead = return_per_lead


class LatWeightMixin:
    def _lat_weight(self, n_lat):
        lat = np.deg2rad(np.linspace(-90.0, 90.0, n_lat))
        w = np.cos(lat)
        return Tensor((w / w.mean()).astype(np.float32)).reshape(1, 1, 1, n_lat, 1)


class LeadTimeRMSE(nn.Cell, LatWeightMixin):
    def __init__(self, config):
        super().__init__()
        self.w_lat = self._lat_weight(config.n_lat)
        self.return_per_lead = config.return_per_lead

    def construct(self, pred, target, valid_flags):
        # pred/target: (B, T, C, lat, lon)
        n_valid = valid_flags.astype(ms.int32).sum()
        pred = pred[:, :n_valid]
        target = target[:, :n_valid]
        mse = (ops.square(pred - target) * self.w_lat).mean(axis=(0, 2, 3, 4))
        rmse = ops.sqrt(mse)
        if self.return_per_lead:
            return rmse.mean(), rmse
        return rmse.mean()


def make():
    np.random.seed(3676)
    net = LeadTimeRMSE(VerifConfig())
    pred = Tensor(np.random.randn(2, 6, 3, 12, 24).astype(np.float32))
    tgt = Tensor(np.random.randn(2, 6, 3, 12, 24).astype(np.float32))
    valid = Tensor(np.array([1, 1, 1, 1, 0, 0], np.float32))
    return net, (pred, tgt, valid)
