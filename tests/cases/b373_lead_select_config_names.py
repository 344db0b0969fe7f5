# case: lead subset chosen by name in the config (e.g. a 6-lead limb montage), indices built in __init__ with a comprehension and gathered in construct -> constant indices, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

STANDARD_LEADS = ("I", "II", "III", "aVR", "aVL", "aVF", "V1", "V2", "V3", "V4", "V5", "V6")


class MontageConfig:
    def __init__(self, leads=("I", "II", "III", "aVR", "aVL", "aVF"), hidden=16):
        self.leads = leads
        self.hidden = hidden


class LeadSubsetEncoder(nn.Cell):
    def __init__(self, config, lead_order=None, **kwargs):
        super().__init__()
        lead_order = STANDARD_LEADS if lead_order is None else lead_order
        wanted = config.leads
        if isinstance(wanted, str):
            wanted = (wanted,)
        if not isinstance(wanted, (list, tuple)):
            raise TypeError("leads must be a list or tuple of names")
        idx = [lead_order.index(name) for name in wanted]
        self.lead_idx = Tensor(np.array(idx, np.int32))
        self.n_sel = len(idx)
        self.conv = nn.Conv1d(self.n_sel, config.hidden, kernel_size=7, pad_mode="same", **kwargs)

    def construct(self, ecg):
        sel = ops.gather(ecg, self.lead_idx, 1)
        return ops.relu(self.conv(sel))


def make():
    np.random.seed(3736)
    x = np.random.randn(2, 12, 128).astype(np.float32)
    return LeadSubsetEncoder(MontageConfig(), has_bias=True), (Tensor(x),)
