# case: a UNet-like encoder that keeps downsampling with a while loop whose condition is on x.shape[-1] (a compile-time int), collecting skip connections in a list; expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DownEncoder(nn.Cell):
    def __init__(self, channels=4, min_size=2):
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 3, pad_mode="same")
        self.pool = nn.AvgPool2d(kernel_size=2, stride=2)
        self.min_size = min_size

    def construct(self, x):
        skips = []
        while x.shape[-1] > self.min_size:
            x = ops.relu(self.conv(x))
            skips.append(x)
            x = self.pool(x)
        pooled = [s.mean(axis=(2, 3)) for s in skips]
        return x, ops.stack(pooled, axis=1)


def make():
    x = Tensor(np.random.randn(1, 4, 16, 16).astype(np.float32))
    return DownEncoder(), (x,)


if __name__ == "__main__":
    net, args = make()
    print([o.shape for o in net(*args)])
