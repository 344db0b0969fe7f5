# case: build fade envelopes for every cue slot (fixed slot count) and zero out unused slots with an active mask -> static loop and shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def fade_envelope(t, start, dur):
    x = (t - start) / dur
    return ops.clamp(x, 0.0, 1.0)


class CueSlotFader(nn.Cell):
    def __init__(self, n_slots=8, n_ticks=120, tick_s=0.05):
        super().__init__()
        self.n_slots = n_slots
        self.t = Tensor(np.arange(n_ticks, dtype=np.float32) * tick_s)

    def construct(self, cue_starts, cue_durs, active):
        envs = []
        for i in range(self.n_slots):
            envs.append(fade_envelope(self.t, cue_starts[i], cue_durs[i]) * active[i])
        stacked = ops.stack(envs, axis=0)
        return stacked.max(axis=0)


def make():
    np.random.seed(24)
    starts = np.sort(np.random.uniform(0, 5, size=(8,))).astype(np.float32)
    durs = np.random.uniform(0.2, 1.5, size=(8,)).astype(np.float32)
    active = (np.arange(8) < 5).astype(np.float32)
    return CueSlotFader(), (Tensor(starts), Tensor(durs), Tensor(active))
