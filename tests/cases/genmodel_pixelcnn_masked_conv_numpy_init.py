# case: PixelCNN masked convolution with the type-A/B causal mask built in numpy at init and applied to weights -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def causal_mask(out_ch, in_ch, k, mask_type="A"):
    mask = np.ones((out_ch, in_ch, k, k), dtype=np.float32)
    c = k // 2
    mask[:, :, c, c + (mask_type == "B"):] = 0
    mask[:, :, c + 1:, :] = 0
    return mask


class MaskedConv2d(nn.Cell):
    def __init__(self, in_ch, out_ch, kernel_size=3, mask_type="A"):
        super().__init__()
        self.conv = nn.Conv2d(in_ch, out_ch, kernel_size, pad_mode="same", has_bias=True)
        self.mask = Tensor(causal_mask(out_ch, in_ch, kernel_size, mask_type))
        self.conv2d = ops.Conv2D(out_ch, kernel_size, pad_mode="same")

    def construct(self, x):
        w = self.conv.weight * self.mask
        return ops.bias_add(self.conv2d(x, w), self.conv.bias)


class PixelCNN(nn.Cell):
    def __init__(self, channels=1, hidden=8, levels=4, n_layers=2):
        super().__init__()
        layers = [MaskedConv2d(channels, hidden, 5, "A")]
        for _ in range(n_layers):
            layers.append(MaskedConv2d(hidden, hidden, 3, "B"))
        self.layers = nn.CellList(layers)
        self.out = nn.Conv2d(hidden, channels * levels, 1)
        self.act = nn.ReLU()

    def construct(self, x):
        h = x
        for layer in self.layers:
            h = self.act(layer(h))
        return self.out(h)


def make():
    np.random.seed(0)
    x = Tensor(np.random.rand(2, 1, 6, 6).astype(np.float32))
    return PixelCNN(), (x,)
