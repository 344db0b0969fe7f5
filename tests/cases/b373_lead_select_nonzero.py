# case: lead selector keeps only leads whose signal quality index exceeds a floor, indices found by ops.nonzero on the quality tensor -> data-dependent number of leads, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LEAD_NAMES = ("I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6")


class LeadConfig:
    def __init__(self, leads=LEAD_NAMES, quality_floor=0.2, auto_select=True):
        self.leads = leads
        self.quality_floor = quality_floor
        self.auto_select = auto_select


def signal_quality(x):
    # crude SQI: ratio of band energy to total energy per lead
    diff = x[..., 1:] - x[..., :-1]
    return ops.sqrt((diff * diff).mean(-1)) / (ops.abs(x).mean(-1) + 1e-6)


class QualityLeadSelector(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.n_leads = len(config.leads)
        self.floor = config.quality_floor
        self.auto_select = config.auto_select

    def _good_leads(self, sqi):
        keep = sqi.mean(0) > self.floor
        return ops.nonzero(keep).squeeze(-1)

    def construct(self, ecg):
        if not self.auto_select:
            return ecg
        sqi = signal_quality(ecg)
        idx = self._good_leads(sqi)
        return ops.gather(ecg, idx, 1)


def make():
    np.random.seed(3735)
    x = np.random.randn(2, 12, 200).astype(np.float32)
    x[:, [2, 7]] = np.cumsum(np.random.randn(2, 2, 200), -1) * 3.0
    return QualityLeadSelector(LeadConfig()), (Tensor(x.astype(np.float32)),)
