# case: convolutional spiking layer over event frames with a fixed number of time bins and average pooling -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConvLIF(nn.Cell):
    def __init__(self, c_in=2, c_out=4, decay=0.5, v_th=0.5):
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, 3, pad_mode="same")
        self.bn = nn.BatchNorm2d(c_out)
        self.decay = decay
        self.v_th = v_th

    def construct(self, frames):
        T = frames.shape[0]
        v = ops.zeros((frames.shape[1], 4, frames.shape[3], frames.shape[4]), ms.float32)
        acc = ops.zeros_like(v)
        for t in range(T):
            v = self.decay * v + self.bn(self.conv(frames[t]))
            s = (v >= self.v_th).astype(ms.float32)
            v = v * (1.0 - s)
            acc = acc + s
        return ops.adaptive_avg_pool2d(acc / T, (2, 2))


def make():
    np.random.seed(43)
    frames = Tensor((np.random.rand(3, 2, 2, 8, 8) > 0.7).astype(np.float32))
    return ConvLIF(), (frames,)
