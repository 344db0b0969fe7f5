# case: PixelCNN-style raster sampler filling a fixed-size canvas in a while loop over a tensor pixel counter -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PixelPredictor(nn.Cell):
    def __init__(self, num_pixels=16, levels=4):
        super().__init__()
        self.levels = levels
        self.net = nn.SequentialCell(nn.Dense(num_pixels, 32), nn.ReLU(), nn.Dense(32, num_pixels * levels))

    def construct(self, canvas):
        logits = self.net(canvas)
        return logits.reshape(canvas.shape[0], canvas.shape[1], self.levels)


class RasterSampler(nn.Cell):
    def __init__(self, num_pixels=16, levels=4):
        super().__init__()
        self.model = PixelPredictor(num_pixels, levels)
        self.num_pixels = num_pixels
        self.levels = levels

    def construct(self, canvas, n_pixels):
        i = Tensor(0, ms.int32)
        positions = ops.arange(0, self.num_pixels, dtype=ms.int32)
        while i < n_pixels:
            logits = self.model(canvas)
            value = ops.argmax(logits, dim=-1).astype(ms.float32) / (self.levels - 1)
            at_i = (positions == i).astype(ms.float32).expand_dims(0)
            canvas = canvas * (1 - at_i) + value * at_i
            i = i + 1
        return canvas


def make():
    np.random.seed(0)
    canvas = Tensor(np.zeros((2, 16), np.float32))
    return RasterSampler(), (canvas, Tensor(5, ms.int32))
