# case: adaptive clipping loop halves the clip bound while too many samples are clipped, logging bounds by concatenation -> compile error at line 26
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveClipSearch(nn.Cell):
    """Searches a clip norm so that at most `target_frac` of samples get clipped."""

    def __init__(self, init_clip=4.0, target_frac=0.5, max_rounds=6):
        super().__init__()
        self.init_clip = init_clip
        self.target_frac = target_frac
        self.max_rounds = max_rounds

    def _clipped_fraction(self, norms, clip):
        return (norms > clip).astype(ms.float32).mean()

    def construct(self, per_sample_grads):
        norms = ops.sqrt((per_sample_grads ** 2).sum(axis=1))
        clip = Tensor([self.init_clip], ms.float32)
        history = clip
        i = 0
        while self._clipped_fraction(norms, clip) < self.target_frac and i < self.max_rounds:
            clip = clip * 0.5
            history = ops.concat((history, clip))
            i += 1
        factor = ops.minimum(clip / norms, 1.0).reshape(-1, 1)
        return (per_sample_grads * factor).mean(axis=0), history


def make():
    np.random.seed(12)
    g = Tensor(np.random.randn(8, 4).astype(np.float32))
    return AdaptiveClipSearch(), (g,)
