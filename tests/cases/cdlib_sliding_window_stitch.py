# case: sliding-window inference over a large scene with overlapping tiles, window counts derived from the input shape and stitched with a count map -> loop bounds from static shapes, expect static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlideConfig:
    def __init__(self, window=16, stride=8, num_classes=2):
        self.window = window
        self.stride = stride
        self.num_classes = num_classes


def num_windows(size, window, stride):
    return max((size - window + stride - 1) // stride, 0) + 1


class SlidingInference(nn.Cell):
    def __init__(self, model, config):
        super().__init__()
        self.model = model
        self.window = config.window
        self.stride = config.stride
        self.num_classes = config.num_classes

    def construct(self, img_t1, img_t2):
        b, _, h, w = img_t1.shape
        out = ops.zeros((b, self.num_classes, h, w), ms.float32)
        count = ops.zeros((b, 1, h, w), ms.float32)
        for i in range(num_windows(h, self.window, self.stride)):
            for j in range(num_windows(w, self.window, self.stride)):
                y0 = min(i * self.stride, h - self.window)
                x0 = min(j * self.stride, w - self.window)
                pa = img_t1[:, :, y0:y0 + self.window, x0:x0 + self.window]
                pb = img_t2[:, :, y0:y0 + self.window, x0:x0 + self.window]
                logit = self.model(ops.cat((pa, pb), axis=1))
                out = out + ops.pad(logit, (x0, w - x0 - self.window, y0, h - y0 - self.window))
                count = count + ops.pad(ops.ones((b, 1, self.window, self.window), ms.float32),
                                        (x0, w - x0 - self.window, y0, h - y0 - self.window))
        return out / count


def make():
    np.random.seed(36)
    model = nn.Conv2d(6, 2, 3, pad_mode="same")
    a = Tensor(np.random.rand(1, 3, 40, 40).astype(np.float32))
    b = Tensor(np.random.rand(1, 3, 40, 40).astype(np.float32))
    return SlidingInference(model, SlideConfig()), (a, b)
