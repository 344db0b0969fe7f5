# case: nn.Dense subclass as the event-vocabulary output head divides by a temperature and optionally masks disallowed event families by multiplying with a constant mask from the config -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

VOCAB = 64
FAMILY_SLICES = {"note_on": (0, 24), "note_off": (24, 48), "shift": (48, 64)}

class HeadConfig:
    def __init__(self, hidden=16, temperature=0.9, banned_families=("note_off",), apply_ban=True):
        self.hidden = hidden
        self.temperature = temperature
        self.banned_families = banned_families
        self.apply_ban = apply_ban

def build_family_mask(banned):
    mask = np.ones((VOCAB,), np.float32)
    for name in banned:
        lo, hi = FAMILY_SLICES[name]
        mask[lo:hi] = 0.0
    return mask

class TemperatureHead(nn.Dense):
    def __init__(self, config):
        super().__init__(config.hidden, VOCAB)
        self.temperature = config.temperature
        self.apply_ban = config.apply_ban
        self.allowed = Tensor(build_family_mask(config.banned_families))

    def construct(self, h, temperature=None):
        t = self.temperature if temperature is None else temperature
        logits = super().construct(h) / t
        if self.apply_ban:
            logits = logits * self.allowed + (1.0 - self.allowed) * -1e4
        return logits

def make():
    np.random.seed(3742)
    head = TemperatureHead(HeadConfig())
    return head, (Tensor(np.random.randn(3, 16).astype(np.float32)),)
