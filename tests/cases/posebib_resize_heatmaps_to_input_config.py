# case: same codec, but input_size is a (w, h) tuple from the config, guarded by isinstance(list, tuple), and the heatmap->input scale is computed from heatmaps.shape -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CodecCfg:
    def __init__(self, input_size=(48, 64), resize_to_input=False, align_corners=False):
        self.input_size = input_size
        self.resize_to_input = resize_to_input
        self.align_corners = align_corners


class ArgmaxCodec(nn.Cell):
    def __init__(self, cfg=None, input_size=None):
        super().__init__()
        cfg = cfg if cfg is not None else CodecCfg()
        input_size = cfg.input_size if input_size is None else input_size
        if not isinstance(input_size, (list, tuple)):
            input_size = (input_size, input_size)
        self.input_w, self.input_h = int(input_size[0]), int(input_size[1])
        self.resize_to_input = cfg.resize_to_input
        self.align_corners = cfg.align_corners

    def construct(self, heatmaps):
        if self.resize_to_input:
            heatmaps = ops.interpolate(heatmaps, size=(self.input_h, self.input_w), mode="bilinear",
                                       align_corners=self.align_corners)
        b, k, h, w = heatmaps.shape
        scale = Tensor([self.input_w / w, self.input_h / h], ms.float32)
        flat = heatmaps.reshape(b, k, -1)
        idx = flat.argmax(-1)
        kpts = ops.stack(((idx % w).astype(ms.float32), (idx // w).astype(ms.float32)), -1)
        return kpts * scale, ops.amax(flat, -1)


def make():
    np.random.seed(129)
    hm = Tensor(np.random.rand(2, 17, 16, 12).astype(np.float32))
    return ArgmaxCodec(), (hm,)
