# case: detection pre-processing cell that wraps the resize-to-multiple-of-32 step in try/except and falls back to the raw image -> rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LIMIT_SIDE = 64
STRIDE = 32


def _round_to_stride(v, stride=STRIDE):
    return max(stride, int(round(v / stride)) * stride)


class DetPreprocess(nn.Cell):
    def __init__(self, limit_side_len=LIMIT_SIDE, mean=(0.485, 0.456, 0.406), std=(0.229, 0.224, 0.225)):
        super().__init__()
        self.limit = limit_side_len
        self.mean = Tensor(np.array(mean, np.float32).reshape(1, 3, 1, 1))
        self.std = Tensor(np.array(std, np.float32).reshape(1, 3, 1, 1))

    def _target_size(self, h, w):
        ratio = self.limit / max(h, w)
        return _round_to_stride(h * ratio), _round_to_stride(w * ratio)

    def construct(self, image):
        h, w = image.shape[2], image.shape[3]
        th, tw = self._target_size(h, w)
        try:
            resized = ops.interpolate(image, size=(th, tw), mode="bilinear")
        except ValueError:
            resized = image
        return (resized - self.mean) / self.std


def make():
    np.random.seed(20)
    img = Tensor(np.random.rand(1, 3, 40, 100).astype(np.float32))
    return DetPreprocess(), (img,)
