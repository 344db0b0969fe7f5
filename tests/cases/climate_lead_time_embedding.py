# case: forecast head conditioned on lead-time ids through an embedding table and FiLM modulation -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LeadTimeFiLM(nn.Cell):
    def __init__(self, channels=8, max_lead_steps=20, lead_hours_per_step=6):
        super().__init__()
        self.embed = nn.Embedding(max_lead_steps, 2 * channels)
        self.hours_per_step = lead_hours_per_step
        self.channels = channels

    def _lead_index(self, lead_hours):
        return ops.cast(lead_hours // self.hours_per_step, ms.int32)

    def construct(self, feats, lead_hours):
        emb = self.embed(self._lead_index(lead_hours))
        scale, shift = ops.split(emb, self.channels, axis=-1)
        return feats * (1.0 + scale[:, :, None, None]) + shift[:, :, None, None]


def make():
    np.random.seed(109)
    ms.set_seed(109)
    feats = Tensor(np.random.randn(3, 8, 4, 6).astype(np.float32))
    lead = Tensor(np.array([6, 24, 72], np.int32))
    return LeadTimeFiLM(), (feats, lead)
