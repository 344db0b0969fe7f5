# case: sliding-window inferer walks depth windows up to the scan's valid (unpadded) depth passed as a tensor, range(int(valid_depth)) -> loop count from data, expected to be rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class InfererConfig:
    roi_depth = 4
    overlap = 0.0
    sw_batch_size = 1
    mode = "constant"


class TinySegNet(nn.Cell):
    def __init__(self, in_ch=1, out_ch=2):
        super().__init__()
        self.conv = nn.Conv3d(in_ch, out_ch, 3, pad_mode="same", has_bias=True)

    def construct(self, x):
        return self.conv(x)


class SlidingWindowInferer(nn.Cell):
    def __init__(self, predictor, config=None):
        super().__init__()
        config = InfererConfig() if config is None else config
        self.predictor = predictor
        self.roi_depth = config.roi_depth
        self.mode = config.mode

    def _window_starts(self, valid_depth):
        step = self.roi_depth
        return range(0, int(valid_depth), step)

    def construct(self, image, valid_depth):
        out = ops.zeros((image.shape[0], 2) + image.shape[2:], ms.float32)
        for start in self._window_starts(valid_depth):
            patch = image[:, :, start:start + self.roi_depth]
            pred = self.predictor(patch)
            pad_after = image.shape[2] - start - self.roi_depth
            pred = ops.pad(pred, (0, 0, 0, 0, start, pad_after))
            out = out + pred
        return out


def make():
    np.random.seed(2)
    image = Tensor(np.random.randn(1, 1, 12, 8, 8).astype(np.float32))
    valid_depth = Tensor(8, ms.int32)
    return SlidingWindowInferer(TinySegNet()), (image, valid_depth)
