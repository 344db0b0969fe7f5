# case: a forward that prints an f-string with constant shape values and then a %-formatted string with x.shape; the f-string is fine but the % formatting of a tensor attribute fails in STRICT and goes through the fallback (reported dynamic) in LAX
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DebugConv(nn.Cell):
    def __init__(self, in_ch=3, out_ch=4, name="stem", verbose=True):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(out_ch)
        self.block_name = name
        self.verbose = verbose

    def construct(self, pixel_values):
        b, c, h, w = pixel_values.shape
        if self.verbose:
            print(f"[{self.block_name}] input batch={b} channels={c} size={h}x{w}")
        x = ops.relu(self.bn(self.conv(pixel_values)))
        if self.verbose:
            print("[%s] output shape: %s" % (self.block_name, x.shape))
        return x


def make():
    x = Tensor(np.random.randn(1, 3, 8, 8).astype(np.float32))
    net = DebugConv()
    net.set_train(False)
    return net, (x,)
