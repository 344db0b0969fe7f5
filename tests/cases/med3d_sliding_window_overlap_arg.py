# case: sliding-window inference whose stride is derived from an overlap value passed as a tensor argument -> compile error at line 32
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TinySegNet(nn.Cell):
    def __init__(self, in_ch=1, num_classes=2):
        super().__init__()
        self.conv1 = nn.Conv3d(in_ch, 4, 3, pad_mode="same", has_bias=True)
        self.conv2 = nn.Conv3d(4, num_classes, 1, has_bias=True)
        self.act = nn.ReLU()

    def construct(self, x):
        return self.conv2(self.act(self.conv1(x)))


class SlidingWindowInferer(nn.Cell):
    def __init__(self, network, roi_size=8, num_classes=2):
        super().__init__()
        self.network = network
        self.roi = roi_size
        self.num_classes = num_classes

    def _starts(self, size, stride):
        starts = list(range(0, size - self.roi + 1, stride))
        if starts[-1] != size - self.roi:
            starts.append(size - self.roi)
        return starts

    def construct(self, image, overlap):
        stride = max(1, int(self.roi * (1.0 - overlap)))
        _, _, d, h, w = image.shape
        out = ops.zeros((1, self.num_classes, d, h, w), ms.float32)
        count = ops.zeros((1, 1, d, h, w), ms.float32)
        ones = ops.ones((1, 1, self.roi, self.roi, self.roi), ms.float32)
        r = self.roi
        for z in self._starts(d, stride):
            for y in self._starts(h, stride):
                for x in self._starts(w, stride):
                    pred = self.network(image[:, :, z:z + r, y:y + r, x:x + r])
                    pads = (x, w - x - r, y, h - y - r, z, d - z - r)
                    out = out + ops.pad(pred, pads)
                    count = count + ops.pad(ones, pads)
        return out / count


def make():
    np.random.seed(0)
    img = Tensor(np.random.rand(1, 1, 12, 12, 12).astype(np.float32))
    return SlidingWindowInferer(TinySegNet()), (img, Tensor(0.5, ms.float32))
