# case: decoder schedules its reduction factor by writing a Python step counter on self inside construct -> compile error at line 29
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MelDecoderR(nn.Cell):
    """Emits r mel frames per decoder step; r shrinks as training progresses."""

    def __init__(self, hidden=16, n_mels=8, max_r=2, schedule=((0, 2), (1000, 1))):
        super().__init__()
        self.n_mels = n_mels
        self.max_r = max_r
        self.schedule = schedule
        self.global_step = 0
        self.current_r = max_r
        self.proj = nn.Dense(hidden, n_mels * max_r)

    def _update_r(self):
        for start, r in self.schedule:
            if self.global_step >= start:
                self.current_r = r

    def construct(self, dec_out):
        # dec_out: (B, T_dec, H)
        b, t, _ = dec_out.shape
        frames = self.proj(dec_out).reshape(b, t * self.max_r, self.n_mels)
        frames = frames[:, ::self.max_r // self.current_r]
        self.global_step += 1
        self._update_r()
        return frames


def make():
    np.random.seed(9)
    x = Tensor(np.random.randn(2, 3, 16).astype(np.float32))
    return MelDecoderR(), (x,)
