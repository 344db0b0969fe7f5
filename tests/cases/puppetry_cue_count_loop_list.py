# case: build a list of cue fade envelopes, one per cue in the show segment, with the loop count read from a tensor -> loop count from data, Graph mode should reject or unroll badly
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def fade_envelope(t, start, dur):
    x = (t - start) / dur
    return ops.clamp(x, 0.0, 1.0)


class CueFadeBuilder(nn.Cell):
    def __init__(self, n_ticks=120, tick_s=0.05):
        super().__init__()
        self.t = Tensor(np.arange(n_ticks, dtype=np.float32) * tick_s)

    def construct(self, cue_starts, cue_durs, n_cues):
        envs = []
        for i in range(int(n_cues)):
            envs.append(fade_envelope(self.t, cue_starts[i], cue_durs[i]))
        stacked = ops.stack(envs, axis=0)
        return stacked.max(axis=0)


def make():
    np.random.seed(23)
    starts = np.sort(np.random.uniform(0, 5, size=(8,))).astype(np.float32)
    durs = np.random.uniform(0.2, 1.5, size=(8,)).astype(np.float32)
    return CueFadeBuilder(), (Tensor(starts), Tensor(durs), Tensor(5, ms.int32))
