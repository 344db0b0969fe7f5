# case: box helper rescaling polygon boxes back to the source image using ratios derived from the resized tensor's .shape and the original size tensor, clipping with minimum/maximum and selecting by ops.select -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def _clip_axis(v, upper):
    return ops.minimum(ops.maximum(v, 0.0), upper)


class BoxRescaler(nn.Cell):
    def __init__(self, box_type="quad", round_to_int=False):
        super().__init__()
        self.box_type = box_type
        self.round_to_int = round_to_int

    def construct(self, boxes, resized_image, src_hw):
        rh, rw = resized_image.shape[-2], resized_image.shape[-1]
        src = src_hw.astype(ms.float32)
        scale_x = src[1] / rw
        scale_y = src[0] / rh
        xs = _clip_axis(boxes[..., 0] * scale_x, src[1] - 1)
        ys = _clip_axis(boxes[..., 1] * scale_y, src[0] - 1)
        out = ops.stack((xs, ys), axis=-1)
        if self.round_to_int:
            out = ops.round(out)
        degenerate = (out.max(axis=1) - out.min(axis=1)).min(axis=-1) < 1.0
        out = ops.select(degenerate.reshape(-1, 1, 1).broadcast_to(out.shape), ops.zeros_like(out), out)
        return out


def make():
    np.random.seed(28)
    boxes = Tensor((np.random.rand(6, 4, 2) * 64).astype(np.float32))
    resized = Tensor(np.zeros((1, 3, 64, 64), np.float32))
    return BoxRescaler(), (boxes, resized, Tensor(np.array([480, 640], np.int32)))
