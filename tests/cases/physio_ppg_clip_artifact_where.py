# case: PPG motion-artifact suppression replacing samples beyond k robust standard deviations with the channel median using ops.where (fixed shapes throughout) -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RobustArtifactClip(nn.Cell):
    def __init__(self, k=3.0):
        super().__init__()
        self.k = k

    def robust_scale(self, x):
        med = ops.median(x, axis=-1, keepdims=True)[0]
        mad = ops.median(ops.abs(x - med), axis=-1, keepdims=True)[0]
        return med, 1.4826 * mad + 1e-6

    def construct(self, ppg):
        # ppg: (channels, n_samples)
        med, scale = self.robust_scale(ppg)
        outlier = ops.abs(ppg - med) > self.k * scale
        cleaned = ops.where(outlier, med.broadcast_to(ppg.shape), ppg)
        frac = outlier.astype(ms.float32).mean(axis=-1)
        return cleaned, frac


def make():
    np.random.seed(37)
    ppg = np.sin(np.linspace(0, 12, 80))[None, :].repeat(3, axis=0) + 0.05 * np.random.randn(3, 80)
    ppg[1, 30:34] += 6.0
    return RobustArtifactClip(), (Tensor(ppg.astype(np.float32)),)
