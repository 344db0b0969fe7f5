# case: image pyramid loops over a configured number of levels, downsampling by 2 each level and projecting every level -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImagePyramid(nn.Cell):
    def __init__(self, in_ch=3, out_ch=4, num_levels=3):
        super().__init__()
        self.num_levels = num_levels
        self.down = nn.AvgPool2d(kernel_size=2, stride=2)
        self.proj = nn.CellList([nn.Conv2d(in_ch, out_ch, 3, pad_mode="same", has_bias=True)
                                 for _ in range(num_levels)])

    def construct(self, image):
        feats = ()
        x = image
        for i in range(self.num_levels):
            feats = feats + (self.proj[i](x),)
            if i < self.num_levels - 1:
                x = self.down(x)
        return feats


class PyramidPool(nn.Cell):
    def __init__(self):
        super().__init__()
        self.pyramid = ImagePyramid()

    def construct(self, image):
        feats = self.pyramid(image)
        size = feats[0].shape[-2:]
        fused = feats[0]
        for f in feats[1:]:
            fused = fused + ops.interpolate(f, size=size, mode="nearest")
        return fused


def make():
    np.random.seed(38)
    ms.set_seed(38)
    img = Tensor(np.random.rand(1, 3, 16, 16).astype(np.float32))
    return PyramidPool(), (img,)
