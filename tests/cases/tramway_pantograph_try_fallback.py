# case: pantograph arcing detector wraps the spectral step in try/except and falls back to a plain RMS -> try statement in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ArcingDetector(nn.Cell):
    def __init__(self, arc_ratio=0.25):
        super().__init__()
        self.arc_ratio = arc_ratio

    def hf_energy(self, current_a):
        d = current_a[1:] - current_a[:-1]
        return (d * d).mean()

    def construct(self, current_a):
        try:
            hf = self.hf_energy(current_a)
        except ValueError:
            hf = ops.zeros((), ms.float32)
        rms = ops.sqrt((current_a * current_a).mean())
        score = hf / (rms * rms + 1e-6)
        return score, score > self.arc_ratio


def make():
    np.random.seed(3087)
    t = np.linspace(0, 2, 400, dtype=np.float32)
    cur = 500 + 40 * np.sin(2 * np.pi * 3 * t) + np.random.normal(0, 60, t.shape)
    return ArcingDetector(), (Tensor(cur.astype(np.float32)),)
