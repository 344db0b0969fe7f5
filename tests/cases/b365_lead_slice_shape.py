# case: multi-lead-time verification truncating to min(pred.shape[1], config.max_lead) and weighting leads by a flag-gated decay -> slice stop from shapes and config, static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VerifConfig:
    def __init__(self, n_lat=12, max_lead=4, lead_decay=None, return_per_lead=True):
        self.n_lat = n_lat
        self.max_lead = max_lead
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
        self.max_lead = config.max_lead
        self.lead_decay = config.lead_decay
        self.return_per_lead = config.return_per_lead

    def construct(self, pred, target):
        n_lead = min(pred.shape[1], self.max_lead)
        pred = pred[:, :n_lead]
        target = target[:, :n_lead]
        rmse = ops.sqrt((ops.square(pred - target) * self.w_lat).mean(axis=(0, 2, 3, 4)))
        if self.lead_decay is not None:
            w = ops.exp(-self.lead_decay * ops.arange(n_lead).astype(ms.float32))
            score = (rmse * w).sum() / w.sum()
        else:
            score = rmse.mean()
        outputs = (score,) + (rmse,) if self.return_per_lead else (score,)
        return outputs


def make():
    np.random.seed(3677)
    net = LeadTimeRMSE(VerifConfig())
    pred = Tensor(np.random.randn(2, 6, 3, 12, 24).astype(np.float32))
    tgt = Tensor(np.random.randn(2, 6, 3, 12, 24).astype(np.float32))
    return net, (pred, tgt)
