# case: codec upsamples heatmaps back to the network input size before argmax, with the size read via int() from an input_size Tensor passed by the data pipeline -> interpolate output shape from tensor values
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CodecCfg:
    def __init__(self, resize_to_input=True, align_corners=False):
        self.resize_to_input = resize_to_input
        self.align_corners = align_corners


def _to_hw(input_size):
    if isinstance(input_size, Tensor):
        return int(input_size[1]), int(input_size[0])
    w, h = input_size
    return h, w


class ResizeArgmaxCodec(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else CodecCfg()
        self.resize_to_input = cfg.resize_to_input
        self.align_corners = cfg.align_corners

    def construct(self, heatmaps, input_size):
        if self.resize_to_input:
            size = _to_hw(input_size)
            heatmaps = ops.interpolate(heatmaps, size=size, mode="bilinear", align_corners=self.align_corners)
        b, k, h, w = heatmaps.shape
        flat = heatmaps.reshape(b, k, -1)
        idx = flat.argmax(-1)
        kpts = ops.stack(((idx % w).astype(ms.float32), (idx // w).astype(ms.float32)), -1)
        return kpts, ops.amax(flat, -1)


def make():
    np.random.seed(128)
    hm = Tensor(np.random.rand(2, 17, 16, 12).astype(np.float32))
    input_size = Tensor(np.array([48, 64], np.int32))
    return ResizeArgmaxCodec(), (hm, input_size)
