# case: 2-98 percentile contrast stretch computed with np.percentile on the tensor before visualisation -> compile error at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PercentileStretch(nn.Cell):
    """Maps each RGB band to [0, 1] with a robust per-band stretch (quick-look rendering)."""

    def __init__(self, low_pct=2.0, high_pct=98.0, rgb=(2, 1, 0)):
        super().__init__()
        self.low_pct = low_pct
        self.high_pct = high_pct
        self.rgb = rgb

    def stretch_band(self, band):
        lo, hi = np.percentile(band.asnumpy(), [self.low_pct, self.high_pct])
        return ops.clamp((band - lo) / (hi - lo + 1e-6), 0.0, 1.0)

    def construct(self, scene):
        # scene: (bands, H, W)
        channels = []
        for b in self.rgb:
            channels.append(self.stretch_band(scene[b]))
        return ops.stack(channels, axis=-1)


def make():
    np.random.seed(12)
    scene = Tensor((np.random.rand(4, 10, 10) * 3000).astype(np.float32))
    return PercentileStretch(), (scene,)
