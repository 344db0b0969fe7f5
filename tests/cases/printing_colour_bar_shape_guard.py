# case: colour-bar reader checks the scan width against the patch count with a shape-based Python condition and pads statically before reshaping -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GuardedColourBarReader(nn.Cell):
    def __init__(self, patches_per_bar=8, channels=4):
        super().__init__()
        self.patches = patches_per_bar
        self.channels = channels

    def construct(self, bar_scan):
        width = bar_scan.shape[1]
        rem = width % self.patches
        if rem != 0:
            bar_scan = ops.pad(bar_scan, (0, self.patches - rem), mode="replicate")
        per_patch = bar_scan.reshape(self.channels, self.patches, -1)
        density = -ops.log10(ops.clamp(per_patch.mean(axis=2), 1e-4, 1.0))
        return density


def make():
    np.random.seed(23)
    scan = np.random.uniform(0.03, 0.9, (4, 61)).astype(np.float32)
    return GuardedColourBarReader(), (Tensor(scan),)
