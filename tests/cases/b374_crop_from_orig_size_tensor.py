# case: padder receives the original frame size as a Tensor (from the dataloader) and crops the padded output with int(orig_hw[i]) -> slice bounds from tensor values, expected error/dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PadderConfig:
    def __init__(self, stride=16, channels=3, keep_padding=False):
        self.stride = stride
        self.channels = channels
        self.keep_padding = keep_padding


class FramePadderMixin:
    def crop_to_original(self, frames, orig_hw):
        if isinstance(orig_hw, Tensor):
            h = int(orig_hw[0])
            w = int(orig_hw[1])
        else:
            h, w = orig_hw
        return frames[:, :, :h, :w]


class RefineNet(nn.Cell, FramePadderMixin):
    def __init__(self, config):
        super().__init__()
        self.keep_padding = config.keep_padding
        self.conv = nn.Conv2d(config.channels * 2, config.channels, 3, pad_mode="same")
        self.act = nn.Sigmoid()

    def construct(self, padded0, padded1, orig_hw=None):
        out = self.act(self.conv(ops.cat((padded0, padded1), axis=1)))
        if orig_hw is not None and not self.keep_padding:
            out = self.crop_to_original(out, orig_hw)
        return out


def make():
    np.random.seed(37402)
    a = Tensor(np.random.rand(1, 3, 64, 96).astype(np.float32))
    b = Tensor(np.random.rand(1, 3, 64, 96).astype(np.float32))
    hw = Tensor(np.array([50, 90], np.int32))
    return RefineNet(PadderConfig()), (a, b, hw)
